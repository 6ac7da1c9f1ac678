/*
 * Helm chart templates: arbitrary text (usually YAML) with Go template actions. Outside actions everything is
 * TEXT; inside, the action language. An '{{' met inside an action is its own token (NESTED_OPEN), so an action
 * left unclosed costs only itself: the front-end reports it and goes on with the next one.
 */
lexer grammar HelmTemplateLexer;

COMMENT_ACTION : '{{' ( '-' [ \t\r\n]+ )? '/*' .*? '*/' ( [ \t\r\n]+ '-' )? '}}' ;
OPEN           : '{{' ( '-' [ \t\r\n] )? -> pushMode(ACTION) ;
TEXT           : ~'{'+ | '{' ;

mode ACTION;

CLOSE        : ( [ \t\r\n]+ '-' )? '}}' -> popMode ;
NESTED_OPEN  : '{{' ( '-' [ \t\r\n] )? ;
WS           : [ \t\r\n]+ -> channel(HIDDEN) ;
STRING       : '"' ( ~["\\\r\n] | '\\' . )* '"' ;
RAW_STRING   : '`' ~'`'* '`' ;
CHAR         : '\'' ( ~['\\\r\n] | '\\' . )+ '\'' ;
NUMBER       : '-'? [0-9]+ ( '.' [0-9]+ )? ( [eE] [+-]? [0-9]+ )? | '0' [xX] [0-9a-fA-F]+ ;
FIELD        : ( '.' IDENT_PART )+ | '.' ;
VARIABLE     : '$' IDENT_PART? ( '.' IDENT_PART )* ;
IDENT        : IDENT_PART ;
DECLARE      : ':=' ;
ASSIGN       : '=' ;
PIPE         : '|' ;
COMMA        : ',' ;
LPAREN       : '(' ;
// a field access written right after ')': (include "x" .).field; one token, so no predicate slows the lexer
RPAREN_FIELD : ')' ( '.' IDENT_PART )+ ;
RPAREN       : ')' ;
UNTERMINATED : '"' ( ~["\\\r\n] | '\\' . )* ;
ERROR_CHAR   : . ;

fragment IDENT_PART : [a-zA-Z_] [a-zA-Z0-9_]* ;
