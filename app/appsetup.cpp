#include "appsetup.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQuickStyle>
#include <QTranslator>

namespace loopscope {

QString installTranslations(QCoreApplication &app, const QString &language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Parented to the application: it lives exactly as long as the strings it translates.
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("loopscope"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return locale.name().section(QLatin1Char('_'), 0, 0);
    }
    delete translator;
    return QStringLiteral("en");
}

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Loopscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Loopscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOOPSCOPE_VERSION));
}

void setQuickStyle() {
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
}

} // namespace loopscope
