#include "JournalTestSupport.h"
