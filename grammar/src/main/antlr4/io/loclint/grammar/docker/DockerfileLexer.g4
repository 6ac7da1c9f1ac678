/*
 * The line structure of a Dockerfile: instructions, their arguments across line continuations, comments and blank
 * lines. Arguments are split into words in Java (DockerfileFrontEnd), where quoting and the position of every
 * character are kept. The escape character is always '\' here: for `# escape=`` the front-end swaps the two
 * characters before lexing, one for one, so no position moves.
 */
lexer grammar DockerfileLexer;

NEWLINE   : '\r'? '\n' ;
INDENT    : [ \t]+ -> channel(HIDDEN) ;
COMMENT   : '#' ~[\r\n]* ;
KEYWORD   : [A-Za-z]+ -> pushMode(ARGUMENTS) ;
// anything else where an instruction should start
GARBAGE   : ~[ \t\r\n#A-Za-z] ~[\r\n]* ;

mode ARGUMENTS;

// a backslash at the end of a line joins the next; comment and blank lines inside a continuation are dropped
CONTINUATION : '\\' [ \t]* '\r'? '\n' ( [ \t]* ( '#' ~[\r\n]* )? '\r'? '\n' )* -> channel(HIDDEN) ;
ARGS_NEWLINE : '\r'? '\n' -> type(NEWLINE), popMode ;
ARG_TEXT     : ( ~[\r\n\\] | '\\' ~[\r\n \t] )+ ;
ARG_ESCAPE   : '\\' -> type(ARG_TEXT) ;
