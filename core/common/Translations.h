#pragma once

namespace casebook {

// Installs the program's translations on the running application: the source
// language's own plural forms (casebook_en_GB), then, searched first, the
// user's language where there is one, and Qt's own. Called by main and by
// each test program once the application object exists.
void installTranslations();

} // namespace casebook
