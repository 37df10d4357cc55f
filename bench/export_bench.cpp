// export_bench TRACE.json [WxH] [repeat]: how long a slide export of a run takes. Reads the
// trace, lays it out, then writes the timeline as a PNG (default 3840x2160) to a temporary file
// with the same code as File > Export and --export; prints one line per phase, best of `repeat`.
// The goal (issue 7): a 3840x2160 PNG of a 10,000-event run in under 1 s.
#include "appsetup.h"
#include "export/imageexport.h"
#include "export/slide.h"
#include "timeline/scenebuilder.h"
#include "trace/tracedocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    loopscope::setApplicationIdentity();
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: export_bench TRACE.json [WxH] [repeat]\n";
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read " << file.fileName() << "\n";
        return 1;
    }
    QSize size(3840, 2160);
    if (argc > 2) {
        const QStringList wh = QString::fromLatin1(argv[2]).split(QLatin1Char('x'));
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    const int repeat = argc > 3 ? std::max(1, atoi(argv[3])) : 3;
    const QByteArray json = file.readAll();

    double readBest = 1e9, layoutBest = 1e9, pngBest = 1e9, codeBest = 1e9, drawBest = 1e9;
    std::size_t events = 0, lanes = 0;
    qint64 bytes = 0;
    QTemporaryDir dir;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        QString error;
        const auto trace = loopscope::trace::TraceDocument::fromJson(json, &error);
        if (!trace) {
            QTextStream(stderr) << error << "\n";
            return 1;
        }
        readBest = std::min(readBest, t.nsecsElapsed() / 1e9);
        t.restart();
        const auto scene = loopscope::view::buildScene(*trace);
        layoutBest = std::min(layoutBest, t.nsecsElapsed() / 1e9);
        events = trace->events.size();
        lanes = scene.lanes.size();

        loopscope::view::Slide slide;
        slide.size = size;
        slide.title = QStringLiteral("export benchmark");
        const QString path = dir.filePath(QStringLiteral("bench.png"));
        t.restart();
        const QString problem = loopscope::view::exportSlide(scene, *trace, path, {}, slide);
        pngBest = std::min(pngBest, t.nsecsElapsed() / 1e9);
        if (!problem.isEmpty()) {
            QTextStream(stderr) << problem << "\n";
            return 1;
        }
        bytes = QFileInfo(path).size();
        // Where the time goes: drawing the slide, and encoding it.
        t.restart();
        const QImage image = loopscope::view::renderSlide(scene, *trace, slide);
        if (image.isNull())
            return 1;
        drawBest = std::min(drawBest, t.nsecsElapsed() / 1e9);
        // The same with the listing and console beside it, the cursor in the middle.
        slide.code = slide.console = true;
        slide.cursor = static_cast<int>(scene.stepX.size() / 2);
        t.restart();
        if (!loopscope::view::exportSlide(scene, *trace, path, {}, slide).isEmpty())
            return 1;
        codeBest = std::min(codeBest, t.nsecsElapsed() / 1e9);
    }
    out << "export events=" << events << " lanes=" << lanes << " size=" << size.width() << 'x'
        << size.height() << '\n';
    out << "export read_trace seconds=" << QString::number(readBest, 'f', 3) << '\n';
    out << "export layout seconds=" << QString::number(layoutBest, 'f', 3) << '\n';
    out << "export png seconds=" << QString::number(pngBest, 'f', 3) << " bytes=" << bytes
        << " goal=1.000 " << (pngBest < 1 ? "met" : "MISSED") << '\n';
    out << "export draw_only seconds=" << QString::number(drawBest, 'f', 3) << '\n';
    out << "export png_with_code_console seconds=" << QString::number(codeBest, 'f', 3) << '\n';
    return 0;
}
