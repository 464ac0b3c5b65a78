#include <libxml/xmlversion.h>
/* libxml2's encoding.h would pull in the system ICU headers, which clash with the ICU copy inside
   Foundation (both define enum UErrorCode) once a module imports Foundation too. Nothing here uses
   libxml2's ICU converters, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/* Swift 6 refuses the global xmlFree variable: call it through a function. */
static inline void cxml_free(void *p) { xmlFree(p); }
