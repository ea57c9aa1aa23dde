#pragma once

class QComboBox;

namespace casebook {
class Database;
}

namespace casebook::ui {

// Fills `combo` with "All districts" and the districts, and chooses the
// district of whoever uses this laptop when it knows them. The item data is
// the district's code (empty for all).
void fillDistrictChoice(QComboBox *combo, Database &db);

} // namespace casebook::ui
