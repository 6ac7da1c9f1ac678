;;; loclint-client.el --- drives Eglot against `loclint server'  -*- lexical-binding: t -*-

;; Drives Eglot (1.9, Debian 12's elpa-eglot, or the one built into Emacs 29 and newer) against `loclint server'
;; as a user would: with the set-up docs/editors.md gives, open a file, edit it without saving, apply a quick fix
;; through `eglot-code-actions'.  Each stage's buffer text and the diagnostics Flymake holds for it go to
;; LOCLINT_RESULT as JSON; EmacsClientIT compares them with `loclint check' on the same text.
;;
;; `emacs --batch' has no command loop: nothing runs `post-command-hook' after a command or the idle timers
;; when the user pauses, and Eglot sends its didChange and starts its connection from those.  So this script
;; plays the command loop's part: after each command it runs `post-command-hook', and while it waits it runs
;; the idle timers that would have fired by then, each once per pause, as Emacs does.
;;
;; Environment: LOCLINT_SETUP (the doc's set-up, an elisp file), LOCLINT_FILE (the file to open),
;; LOCLINT_EDIT_LINE and LOCLINT_EDIT_TEXT (1-based line replaced in the edit stage), LOCLINT_ACTION_LINE and
;; LOCLINT_ACTION_CODE (the diagnostic whose quick fix is applied), LOCLINT_ACTION_TITLE, LOCLINT_RESULT.

(require 'cl-lib)
(require 'json)
(require 'package)

(defconst loclint-client-timeout 60 "Seconds any one wait may take.")
(defconst loclint-client-quiet 1.5
  "Seconds without a publish that end a stage.
A publish for the same text can follow the first one (a run the server had started before the change).")

(when (boundp 'native-comp-deferred-compilation)
  ;; compiling Eglot in the background would only compete with the server for the CPU
  (setq native-comp-deferred-compilation nil))

;; Debian's elpa-* packages live here; `emacs -Q' skips the site start-up that would add them.  Emacs 29 and newer
;; has Eglot built in and `require' finds it without this.
(dolist (dir '("/usr/share/emacs/site-lisp/elpa" "/usr/local/share/emacs/site-lisp/elpa"))
  (when (file-directory-p dir)
    (add-to-list 'package-directory-list dir t)))
(package-initialize)

(defvar loclint-client--result nil "Alist written to LOCLINT_RESULT.")
(defvar loclint-client--stages nil "Recorded stages, newest first.")
(defvar loclint-client--publishes nil
  "Each publishDiagnostics for the file as (INDEX DIAGNOSTICS TIME), newest first.")
(defvar loclint-client--idle-since nil "When the current pause began: the last command's end.")
(defvar loclint-client--idle-ran nil "Idle timers already run in the current pause.")

(defun loclint-client--env (name)
  (or (getenv name) (error "%s is not set" name)))

(defun loclint-client--after-command ()
  "What the command loop does when a command ends: run `post-command-hook', start a pause."
  (run-hooks 'post-command-hook)
  (setq loclint-client--idle-since (current-time)
        loclint-client--idle-ran nil))

(defun loclint-client--run-idle-timers ()
  "Run the idle timers due by now in the current pause, each once, as the command loop would."
  (let ((idle (time-subtract nil loclint-client--idle-since)))
    (dolist (timer (copy-sequence timer-idle-list))
      (when (and (memq timer timer-idle-list)
                 (not (memq timer loclint-client--idle-ran))
                 (not (time-less-p idle (timer--time timer))))
        (push timer loclint-client--idle-ran)
        (timer-event-handler timer)))))

(defun loclint-client--wait (predicate what)
  "Wait until PREDICATE holds, reading the server's output meanwhile; fail naming WHAT after the timeout."
  (let ((deadline (time-add nil loclint-client-timeout)))
    (while (not (funcall predicate))
      (when (time-less-p deadline nil)
        (error "No %s within %s s" what loclint-client-timeout))
      (accept-process-output nil 0.05)
      (loclint-client--run-idle-timers))))

(defun loclint-client--latest-index ()
  (if loclint-client--publishes (car (car loclint-client--publishes)) 0))

(defun loclint-client--latest ()
  (nth 1 (car loclint-client--publishes)))

(defun loclint-client--held ()
  "The LSP diagnostics behind what Flymake holds in the current buffer."
  (mapcar (lambda (d) (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))) (flymake-diagnostics)))

(defun loclint-client--same-set (a b)
  (and (= (length a) (length b)) (cl-every (lambda (x) (member x b)) a)))

(defun loclint-client--await (after previous what)
  "Wait for a publish newer than number AFTER whose diagnostics are not PREVIOUS (`any': any), for the server to
be quiet, and for Flymake to hold what it published last.  Returns the diagnostics Flymake holds."
  (loclint-client--wait (lambda () (and (> (loclint-client--latest-index) after)
                                        (or (eq previous 'any)
                                            (not (equal (loclint-client--latest) previous)))))
                        (format "diagnostics %s" what))
  (loclint-client--wait (lambda () (time-less-p (time-add (nth 2 (car loclint-client--publishes))
                                                          loclint-client-quiet)
                                                nil))
                        "pause in the publishes")
  (loclint-client--wait (lambda () (loclint-client--same-set (loclint-client--held)
                                                             (append (loclint-client--latest) nil)))
                        (format "Flymake holding the %d diagnostics published %s"
                                (length (loclint-client--latest)) what))
  (flymake-diagnostics))

(defun loclint-client--position (pos)
  "POS as a 0-based line and column (characters: the fixture is ASCII, where they are UTF-16 units too)."
  (save-excursion
    (save-restriction
      (widen)
      (goto-char pos)
      (cons (1- (line-number-at-pos pos t)) (- pos (line-beginning-position))))))

(defun loclint-client--record (name diagnostics)
  (push `((name . ,name)
          (text . ,(save-restriction (widen) (buffer-substring-no-properties (point-min) (point-max))))
          (diagnostics
           . ,(vconcat
               (mapcar (lambda (d)
                         (let ((beg (loclint-client--position (flymake-diagnostic-beg d)))
                               (end (loclint-client--position (flymake-diagnostic-end d))))
                           `((line . ,(car beg)) (column . ,(cdr beg))
                             (endLine . ,(car end)) (endColumn . ,(cdr end))
                             (type . ,(symbol-name (flymake-diagnostic-type d)))
                             (text . ,(flymake-diagnostic-text d))
                             (lsp . ,(alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))))
                       diagnostics))))
        loclint-client--stages))

(defun loclint-client--choose-action (line code title)
  "Apply the code action TITLE for the CODE diagnostic on 1-based LINE as `M-x eglot-code-actions' does on its
region, answering eglot's prompt; the titles offered go to the result."
  (let ((target (cl-find-if (lambda (d)
                              (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
                                (and (equal (plist-get lsp :code) code)
                                     (= (car (loclint-client--position (flymake-diagnostic-beg d)))
                                        (1- line)))))
                            (flymake-diagnostics))))
    (unless target
      (error "Flymake holds no %s on line %d" code line))
    (let ((completing-read-function
           (lambda (_prompt collection &rest _)
             (push `(action_titles . ,(vconcat (mapcar #'car collection))) loclint-client--result)
             (if (assoc title collection)
                 title
               (error "No code action titled %s among %S" title (mapcar #'car collection)))))
          ;; a key, not a mouse click, ran the command: eglot asks in the minibuffer, not with a menu
          (last-nonmenu-event ?\r))
      (goto-char (flymake-diagnostic-beg target))
      (eglot-code-actions (flymake-diagnostic-beg target) (flymake-diagnostic-end target) nil t))))

(defun loclint-client--run ()
  (push `(emacs . ,emacs-version) loclint-client--result)
  (load (loclint-client--env "LOCLINT_SETUP") nil t t)
  (if (not (require 'eglot nil t))
      (push '(eglot . "missing") loclint-client--result)
    (push `(eglot . ,(or (ignore-errors (package-version-join (package-desc-version
                                                               (cadr (assq 'eglot package-alist)))))
                         "built in"))
          loclint-client--result)
    (loclint-client--drive)))

(defun loclint-client--drive ()
  (advice-add 'eglot-handle-notification :before
              (lambda (_server method &rest params)
                (when (and (eq method 'textDocument/publishDiagnostics)
                           (equal (file-truename (funcall (if (fboundp 'eglot-uri-to-path) ; Emacs 30 names it so
                                                              'eglot-uri-to-path
                                                            'eglot--uri-to-path)
                                                          (plist-get params :uri)))
                                  (file-truename (loclint-client--env "LOCLINT_FILE"))))
                  (push (list (1+ (loclint-client--latest-index)) (plist-get params :diagnostics) (current-time))
                        loclint-client--publishes))))
  ;; as docs/editors.md suggests: Eglot for every Python buffer
  (add-hook 'python-mode-hook #'eglot-ensure)
  (find-file (loclint-client--env "LOCLINT_FILE"))
  (loclint-client--after-command)
  (loclint-client--wait (lambda () (eglot-current-server)) "Eglot server for the file")
  (unless (equal (process-command (jsonrpc--process (eglot-current-server))) '("loclint" "server"))
    (error "Eglot started %S, not loclint server"
           (process-command (jsonrpc--process (eglot-current-server)))))
  (let ((diagnostics (loclint-client--await 0 'any "after opening the file")))
    (loclint-client--record "opened" diagnostics)
    (let ((seen (loclint-client--latest-index))
          (published (loclint-client--latest))
          (line (string-to-number (loclint-client--env "LOCLINT_EDIT_LINE"))))
      (goto-char (point-min))
      (forward-line (1- line))
      (delete-region (line-beginning-position) (line-end-position))
      (insert (loclint-client--env "LOCLINT_EDIT_TEXT"))
      (loclint-client--after-command)
      (setq diagnostics (loclint-client--await seen published (format "changed by the edit of line %d" line)))
      (loclint-client--record "edited" diagnostics))
    (let ((seen (loclint-client--latest-index))
          (published (loclint-client--latest)))
      (loclint-client--choose-action (string-to-number (loclint-client--env "LOCLINT_ACTION_LINE"))
                                     (loclint-client--env "LOCLINT_ACTION_CODE")
                                     (loclint-client--env "LOCLINT_ACTION_TITLE"))
      (loclint-client--after-command)
      (setq diagnostics (loclint-client--await seen published "changed by the code action"))
      (loclint-client--record "fixed" diagnostics)))
  (push `(modified . ,(if (buffer-modified-p) t :json-false)) loclint-client--result))

(let ((ok (condition-case err
              (progn (loclint-client--run) t)
            (error (push `(error . ,(error-message-string err)) loclint-client--result)
                   (let ((server (ignore-errors (eglot-current-server))))
                     (when server
                       (message "Eglot's events:\n%s"
                                (with-current-buffer (jsonrpc-events-buffer server) (buffer-string)))))
                   nil))))
  (push `(stages . ,(vconcat (reverse loclint-client--stages))) loclint-client--result)
  (with-temp-file (loclint-client--env "LOCLINT_RESULT")
    (insert (json-encode loclint-client--result)))
  (let ((server (ignore-errors (eglot-current-server))))
    (when server
      (eglot-shutdown server nil 10)))
  (kill-emacs (if ok 0 1)))
