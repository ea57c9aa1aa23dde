#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace casebook {

void installTranslations()
{
    // With no language set (the C locale of a service account or CI), numbers
    // read as the interface's UK English writes them: 60,656.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Kept for the life of the program, as the application only borrows them.
    static std::vector<std::unique_ptr<QTranslator>> installed;
    const auto install = [](const QLocale &locale, const QString &name, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(locale, name, QStringLiteral("_"), folder))
            return;
        QCoreApplication::installTranslator(translator.get());
        installed.push_back(std::move(translator));
    };
    const QString ours = QStringLiteral(":/i18n");
    install(QLocale(QLocale::English, QLocale::UnitedKingdom), QStringLiteral("casebook"), ours);
    if (QLocale().name() != u"en_GB")
        install(QLocale(), QStringLiteral("casebook"), ours);
    install(QLocale(), QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace casebook
