/* The inside of one template action, fed token by token from HelmTemplateLexer. */
parser grammar HelmActionParser;

options { tokenVocab = HelmTemplateLexer; }

action      : pipeline? EOF ;
pipeline    : declaration? command ( PIPE command )* ;
declaration : VARIABLE ( COMMA VARIABLE )? ( DECLARE | ASSIGN ) ;
command     : operand+ ;
operand     : term ;
term        : FIELD                        # fieldTerm
            | VARIABLE                     # variableTerm
            | STRING                       # stringTerm
            | RAW_STRING                   # rawStringTerm
            | CHAR                         # charTerm
            | NUMBER                       # numberTerm
            | IDENT                        # identTerm
            | LPAREN pipeline RPAREN       # parenTerm
            | LPAREN pipeline RPAREN_FIELD # parenFieldTerm
            ;
