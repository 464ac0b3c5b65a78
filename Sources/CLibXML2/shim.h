#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/* Swift 6 refuses the global xmlFree variable: call it through a function. */
static inline void cxml_free(void *p) { xmlFree(p); }
