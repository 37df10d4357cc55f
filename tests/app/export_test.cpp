// Slides as a lecturer exports them: the composition (title, timeline, listing, console), every
// format checked with an independent reader (Qt's image reader, an XML parser, poppler's pdfinfo
// and pdftoppm), the print theme, step sequences, the Chrome trace, and damaged trace files.
#include "export/chrometrace.h"
#include "export/imageexport.h"
#include "export/pngwriter.h"
#include "export/slide.h"
#include "qt_printers.h"
#include "timeline/scenebuilder.h"
#include "trace/tracedocument.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace loopscope;
using namespace loopscope::view;

namespace {

std::unique_ptr<trace::TraceDocument> load(const char *name) {
    QFile f(QStringLiteral(LOOPSCOPE_TEST_DATA "/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QString error;
    auto doc = trace::TraceDocument::fromJson(f.readAll(), &error);
    EXPECT_NE(doc, nullptr) << error.toStdString();
    return doc;
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr) {
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// The y of a task lane's bar band inside the slide's timeline.
double laneBarY(const TimelinePainter &painter, const QRectF &timeline, std::size_t lane) {
    return timeline.top() + painter.rulerHeight() + painter.loopLaneHeight() +
           (static_cast<double>(lane) + 0.63) * painter.laneHeight();
}

int countColor(const QImage &image, const QRect &area, QRgb color) {
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.pixel(x, y) == color;
    }
    return n;
}

} // namespace

TEST(Slide, PngHasTheSizeAndEachTasksRunningBarOnItsLaneRow) {
    QTemporaryDir dir;
    const auto trace = load("taskgroup_errors.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    Slide slide;
    slide.size = QSize(1920, 1080);
    slide.title = QStringLiteral("TaskGroup");
    const QString path = dir.filePath(QStringLiteral("s.png"));
    ASSERT_EQ(exportSlide(scene, *trace, path, {}, slide), QString());
    const QImage image(path);
    ASSERT_EQ(image.size(), QSize(1920, 1080));

    const SlideLayout layout = layoutSlide(QRectF(0, 0, 1920, 1080), slide);
    const TimelinePainter painter(slideTimelineOptions(scene, slide, layout.timeline));
    const QRectF plot = painter.plotRect(layout.timeline);
    const Palette palette = Palette::forTheme(Theme::Light);
    for (std::size_t i = 0; i < scene.lanes.size(); ++i) {
        const Lane &lane = scene.lanes[i];
        const auto bar = std::find_if(lane.bars.begin(), lane.bars.end(),
                                      [](const Bar &b) { return b.activity == Activity::Running; });
        ASSERT_NE(bar, lane.bars.end()) << lane.title.toStdString();
        const int x = static_cast<int>(painter.xToPixel((bar->x0 + bar->x1) / 2, plot));
        const int y = static_cast<int>(laneBarY(painter, layout.timeline, i));
        EXPECT_EQ(image.pixelColor(x, y).rgb(), taskColor(palette, lane.colorIndex).rgb())
            << lane.title.toStdString() << " at " << x << "," << y;
        // Between two lanes' bars (the top of the next row) the lane's colour is gone.
        EXPECT_NE(image.pixelColor(x, y - static_cast<int>(painter.laneHeight() * 0.45)).rgb(),
                  taskColor(palette, lane.colorIndex).rgb());
    }
}

TEST(Slide, TheListingMarksTheRunningTasksLineOnlyWhenThereIsACursor) {
    const auto trace = load("taskgroup_errors.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    Slide slide;
    slide.code = true;
    slide.console = true;
    slide.cursor = 1; // Task-1's first step: it stops at `async with asyncio.TaskGroup()`
    const SlideLayout layout = layoutSlide(QRectF(0, 0, 1920, 1080), slide);
    ASSERT_FALSE(layout.code.isEmpty());
    ASSERT_FALSE(layout.console.isEmpty());
    EXPECT_LE(layout.code.right(), 1920);
    EXPECT_LE(layout.timeline.right(), layout.code.left());
    const QImage with = renderSlide(scene, *trace, slide);
    slide.cursor = -1;
    const QImage without = renderSlide(scene, *trace, slide);
    const Palette palette = Palette::forTheme(Theme::Light);
    const QRgb task1 = taskColor(palette, 0).rgb(); // task id 1
    EXPECT_GT(countColor(with, layout.code.toRect(), task1), 50);
    EXPECT_EQ(countColor(without, layout.code.toRect(), task1), 0);
}

TEST(Slide, UpToTheCursorDrawsNothingRightOfIt) {
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    Slide slide;
    slide.range = ExportRange::UpToCursor;
    slide.cursor = 3;
    slide.legend = false;
    const QImage image = renderSlide(scene, *trace, slide);
    const SlideLayout layout = layoutSlide(QRectF(0, 0, 1920, 1080), slide);
    const TimelinePainter painter(slideTimelineOptions(scene, slide, layout.timeline));
    const QRectF plot = painter.plotRect(layout.timeline);
    const double cursorPx = painter.xToPixel(cursorAxisX(scene, 3), plot);
    // Right of the cursor: only the background and the lane stripes, no task colour.
    const Palette palette = Palette::forTheme(Theme::Light);
    const QRect right(static_cast<int>(cursorPx) + 4, static_cast<int>(plot.top()),
                      static_cast<int>(plot.right() - cursorPx) - 8,
                      static_cast<int>(plot.height()) - 2);
    for (int c = 0; c < 5; ++c)
        EXPECT_EQ(countColor(image, right, taskColor(palette, c).rgb()), 0) << "colour " << c;
}

TEST(Slide, PrintThemeIsBlackOnWhiteWithEachRunningBarHatched) {
    const auto trace = load("taskgroup_errors.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    Slide slide;
    slide.theme = Theme::Print;
    slide.code = true;
    slide.cursor = 4;
    const QImage image = renderSlide(scene, *trace, slide);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            ASSERT_TRUE(std::abs(c.red() - c.green()) <= 2 && std::abs(c.green() - c.blue()) <= 2)
                << "colour at " << x << "," << y << ": " << c.name().toStdString();
        }
    }
    EXPECT_EQ(image.pixel(2, 2), qRgb(255, 255, 255));
    // A running bar is a pattern (black and white inside it), not a fill.
    const SlideLayout layout = layoutSlide(QRectF(0, 0, 1920, 1080), slide);
    const TimelinePainter painter(slideTimelineOptions(scene, slide, layout.timeline));
    const QRectF plot = painter.plotRect(layout.timeline);
    const Bar &bar = *std::find_if(scene.lanes[0].bars.begin(), scene.lanes[0].bars.end(),
                                   [](const Bar &b) { return b.activity == Activity::Running; });
    const int x0 = static_cast<int>(painter.xToPixel(bar.x0, plot)) + 4;
    const int x1 = static_cast<int>(painter.xToPixel(bar.x1, plot)) - 4;
    const int y = static_cast<int>(laneBarY(painter, layout.timeline, 0));
    const QRect inside(x0, y - 6, x1 - x0, 12);
    EXPECT_GT(countColor(image, inside, qRgb(255, 255, 255)), inside.width());
    EXPECT_GT(countColor(image, inside, qRgb(0, 0, 0)), inside.width());
}

TEST(Slide, SvgParsesAndHasTheTitleAndTaskLabelsAsText) {
    QTemporaryDir dir;
    const auto trace = load("taskgroup_errors.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    Slide slide;
    slide.title = QStringLiteral("TaskGroup errors");
    slide.code = true;
    const QString path = dir.filePath(QStringLiteral("s.svg"));
    ASSERT_EQ(exportSlide(scene, *trace, path, {}, slide), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    for (const char *label : {"TaskGroup errors", "Task-1", "Task-2", "Task-3", "Task-4",
                              "event loop", "taskgroup_errors.py"})
        EXPECT_TRUE(texts.contains(QString::fromLatin1(label))) << label;
}

TEST(Slide, PdfHasTheRequestedPageSizeAndRenders) {
    QTemporaryDir dir;
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    const struct {
        QSize size;
        const char *page;
    } cases[] = {{QSize(1920, 1080), "1440 x 810 pts"}, {QSize(1123, 794), "842 x 595 pts (A4)"}};
    for (const auto &c : cases) {
        Slide slide;
        slide.size = c.size;
        const QString path = dir.filePath(QStringLiteral("s%1.pdf").arg(c.size.width()));
        ASSERT_EQ(exportSlide(scene, *trace, path, {}, slide), QString());
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        EXPECT_TRUE(info.contains(QString::fromLatin1(c.page))) << info.toStdString();
        EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\b"))));
        // poppler draws it: an image of the page's proportions with the timeline's ink on it.
        const QString prefix = dir.filePath(QStringLiteral("r%1").arg(c.size.width()));
        int code = -1;
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("48"),
             QStringLiteral("-singlefile"), path, prefix},
            &code);
        EXPECT_EQ(code, 0);
        const QImage page(prefix + QStringLiteral(".png"));
        ASSERT_FALSE(page.isNull());
        EXPECT_NEAR(static_cast<double>(page.width()) / page.height(),
                    static_cast<double>(c.size.width()) / c.size.height(), 0.01);
        const Palette palette = Palette::forTheme(Theme::Light);
        int coloured = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x)
                coloured += page.pixel(x, y) == taskColor(palette, 0).rgb();
        }
        EXPECT_GT(coloured, 20) << "no running bar of Task-1 in the rendered page";
    }
}

TEST(Slide, ExportRefusesANonsenseSizeAndAnUnknownFormatWithoutWriting) {
    QTemporaryDir dir;
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    Slide slide;
    slide.size = QSize(100, 50);
    const QString path = dir.filePath(QStringLiteral("s.png"));
    EXPECT_TRUE(exportSlide(scene, *trace, path, {}, slide).contains(QStringLiteral("100x50")));
    slide.size = QSize(1920, 1080);
    EXPECT_TRUE(exportSlide(scene, *trace, path, QStringLiteral("gif"), slide)
                    .contains(QStringLiteral("png, svg or pdf")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Sequence, WritesOneNumberedImagePerStepOrPerInstant) {
    QTemporaryDir dir;
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    // Independently of the exporter: the steps and the distinct instants of the trace.
    int steps = 0;
    QSet<double> instants;
    for (const trace::Event &e : trace->events) {
        if (e.kind == trace::Kind::Step) {
            ++steps;
            instants.insert(e.t);
        }
    }
    ASSERT_GT(steps, static_cast<int>(instants.size()));
    SequenceExport seq;
    seq.slide.size = QSize(640, 360);
    seq.stem = QStringLiteral("say");
    seq.folder = dir.filePath(QStringLiteral("steps"));
    int written = 0;
    std::vector<int> seen;
    ASSERT_EQ(exportSequence(
                  scene, *trace, seq,
                  [&](int done, int total) {
                      seen.push_back(done);
                      EXPECT_EQ(total, steps + 1);
                      return true;
                  },
                  &written),
              QString());
    EXPECT_EQ(written, steps + 1); // before the first step, then after each
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(steps + 1));
    const QStringList files = QDir(seq.folder).entryList(QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), steps + 1);
    EXPECT_EQ(files.first(), QStringLiteral("say-001.png"));
    EXPECT_EQ(files.last(), QStringLiteral("say-%1.png").arg(steps + 1, 3, 10, QLatin1Char('0')));
    // Frames differ: the timeline unfolds.
    EXPECT_NE(QImage(QDir(seq.folder).filePath(files[1])),
              QImage(QDir(seq.folder).filePath(files.last())));

    seq.by = SequenceBy::Instants;
    seq.folder = dir.filePath(QStringLiteral("instants"));
    ASSERT_EQ(exportSequence(scene, *trace, seq, {}, &written), QString());
    EXPECT_EQ(written, static_cast<int>(instants.size()) + 1);
}

TEST(Sequence, StopsWhenCancelledAndRefusesAFileAsItsFolder) {
    QTemporaryDir dir;
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    SequenceExport seq;
    seq.slide.size = QSize(640, 360);
    seq.folder = dir.filePath(QStringLiteral("f"));
    int written = 0;
    const QString problem = exportSequence(
        scene, *trace, seq, [](int done, int) { return done < 2; }, &written);
    EXPECT_TRUE(problem.startsWith(QStringLiteral("cancelled after 2 of")))
        << problem.toStdString();
    EXPECT_EQ(written, 2);
    EXPECT_EQ(QDir(seq.folder).entryList(QDir::Files).size(), 2);
    QFile plain(dir.filePath(QStringLiteral("plain")));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    seq.folder = plain.fileName();
    EXPECT_TRUE(exportSequence(scene, *trace, seq).contains(QStringLiteral("is a file")));
}

TEST(ChromeTrace, IsJsonWithTheFieldsPerfettoReadsAndATrackPerTask) {
    const auto trace = load("taskgroup_errors.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(chromeTrace(*trace, scene, QStringLiteral("tg")), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
    ASSERT_FALSE(events.isEmpty());
    QMap<int, QString> threadNames;
    QSet<int> usedTids;
    QMap<QString, int> flowStarts, flowEnds;
    QMap<QString, int> flowCats;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QString ph = e.value(QStringLiteral("ph")).toString();
        ASSERT_FALSE(ph.isEmpty());
        ASSERT_TRUE(e.value(QStringLiteral("pid")).isDouble());
        ASSERT_TRUE(e.value(QStringLiteral("tid")).isDouble());
        ASSERT_TRUE(e.value(QStringLiteral("name")).isString());
        const int tid = e.value(QStringLiteral("tid")).toInt();
        if (ph == QLatin1String("M")) {
            if (e.value(QStringLiteral("name")).toString() == QLatin1String("thread_name"))
                threadNames[tid] = e.value(QStringLiteral("args"))
                                       .toObject()
                                       .value(QStringLiteral("name"))
                                       .toString();
            continue;
        }
        ASSERT_TRUE(e.value(QStringLiteral("ts")).isDouble()) << ph.toStdString();
        usedTids.insert(tid);
        if (ph == QLatin1String("X")) {
            ASSERT_TRUE(e.value(QStringLiteral("dur")).isDouble());
            EXPECT_GE(e.value(QStringLiteral("dur")).toDouble(), 0);
            EXPECT_TRUE(e.value(QStringLiteral("args")).toObject().contains(QStringLiteral("t")));
        } else if (ph == QLatin1String("s") || ph == QLatin1String("f")) {
            const QString id = QString::number(e.value(QStringLiteral("id")).toInt());
            (ph == QLatin1String("s") ? flowStarts : flowEnds)[id]++;
            if (ph == QLatin1String("f"))
                EXPECT_EQ(e.value(QStringLiteral("bp")).toString(), QStringLiteral("e"));
            else
                flowCats[e.value(QStringLiteral("cat")).toString()]++;
        }
    }
    for (int tid : usedTids)
        EXPECT_TRUE(threadNames.contains(tid)) << "track " << tid << " has no name";
    // Perfetto nests the slices of a track: two may be disjoint or nested, never half-overlap;
    // and an arrow's ends bind to the slice around them, so each end lies inside one.
    QMap<int, QList<QPair<double, double>>> slices;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("ph")).toString() == QLatin1String("X")) {
            const double ts = e.value(QStringLiteral("ts")).toDouble();
            slices[e.value(QStringLiteral("tid")).toInt()].append(
                {ts, ts + e.value(QStringLiteral("dur")).toDouble()});
        }
    }
    for (auto it = slices.begin(); it != slices.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (qsizetype i = 1; i < it->size(); ++i) {
            const auto &a = (*it)[i - 1], &b = (*it)[i];
            EXPECT_FALSE(b.first < a.second - 1e-6 && b.second > a.second + 1e-6)
                << "track " << it.key() << ": slices half-overlap at " << b.first;
        }
    }
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        const QString ph = e.value(QStringLiteral("ph")).toString();
        if (ph != QLatin1String("s") && ph != QLatin1String("f"))
            continue;
        const double ts = e.value(QStringLiteral("ts")).toDouble();
        const auto &track = slices[e.value(QStringLiteral("tid")).toInt()];
        EXPECT_TRUE(std::any_of(
            track.begin(), track.end(),
            [&](const QPair<double, double> &s) { return s.first <= ts && ts <= s.second; }))
            << "flow end at " << ts << " is in no slice";
    }
    EXPECT_EQ(flowStarts, flowEnds);
    EXPECT_GT(flowCats.value(QStringLiteral("wake")) + flowCats.value(QStringLiteral("raise")), 0);
    EXPECT_GT(flowCats.value(QStringLiteral("cancel")), 0);
    // The loop and one track per task, named as the window names them.
    EXPECT_TRUE(threadNames.values().contains(QStringLiteral("event loop")));
    for (const Lane &lane : scene.lanes)
        EXPECT_TRUE(
            threadNames.values().contains(lane.title + QStringLiteral(" · ") + lane.subtitle))
            << lane.title.toStdString();
    EXPECT_EQ(threadNames.size(), static_cast<int>(1 + scene.threads.size() + scene.lanes.size()));
}

TEST(TraceFiles, ADamagedOrForeignFileGetsAMessageNamingWhatAndWhere) {
    QFile f(QStringLiteral(LOOPSCOPE_TEST_DATA "/say_after_tasks.loopscope.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    QByteArray noTime = good;
    noTime.replace("{\"seq\": 5, \"t\": 0.0, ", "{\"seq\": 5, ");
    ASSERT_NE(noTime, good);
    QByteArray badKind = good;
    badKind.replace("\"ev\": \"step\"", "\"ev\": \"jump\"");
    const struct {
        QByteArray json;
        const char *says;
    } cases[] = {
        {good.left(3000), "not valid JSON at line"},
        {QByteArray("{\"traceEvents\": []}"), "not a Loopscope trace"},
        {QByteArray("\x00\x01\x02", 3), "not valid JSON"},
        {noTime, "event 5: has no virtual time"},
        {badKind, "unknown kind \"jump\""},
        {QByteArray(good).replace("\"version\": 1", "\"version\": 7"), "version 7"},
    };
    for (const auto &c : cases) {
        QString error;
        EXPECT_EQ(trace::TraceDocument::fromJson(c.json, &error), nullptr) << c.says;
        EXPECT_TRUE(error.contains(QString::fromUtf8(c.says)))
            << c.says << " — said: " << error.toStdString();
    }
}

TEST(PngWriter, WritesAFileQtReadsBackPixelForPixel) {
    const auto trace = load("taskgroup_errors.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    Slide slide;
    slide.size = QSize(1001, 601); // odd sizes: no row or pixel alignment to lean on
    slide.code = true;
    slide.cursor = 3;
    const QImage drawn = renderSlide(scene, *trace, slide).convertToFormat(QImage::Format_RGB32);
    const QImage read = QImage::fromData(encodePng(drawn), "PNG");
    ASSERT_FALSE(read.isNull());
    EXPECT_EQ(read.convertToFormat(QImage::Format_RGB32), drawn);
}

TEST(Slide, EveryTextIsAtLeastTheMinimumSizeForTheImageAtEachPreset) {
    QTemporaryDir dir;
    const auto trace = load("taskgroup_errors.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    for (const QSize size :
         {QSize(1920, 1080), QSize(3840, 2160), QSize(1440, 1080), QSize(1123, 794)}) {
        Slide slide;
        slide.size = size;
        slide.title = QStringLiteral("TaskGroup");
        slide.code = slide.console = true;
        slide.cursor = 3;
        const QString path = dir.filePath(QStringLiteral("t%1.svg").arg(size.width()));
        ASSERT_EQ(exportSlide(scene, *trace, path, {}, slide), QString());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        // The font size in force at each <text>: the nearest enclosing element that sets one.
        QXmlStreamReader xml(&file);
        std::vector<double> sizes{0};
        double smallest = 1e9;
        int texts = 0;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const auto attr = xml.attributes().value(QStringLiteral("font-size"));
                sizes.push_back(attr.isEmpty() ? sizes.back() : attr.toDouble());
                if (xml.name() == QLatin1String("text")) {
                    smallest = std::min(smallest, sizes.back());
                    ++texts;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                sizes.pop_back();
            }
        }
        ASSERT_FALSE(xml.hasError());
        EXPECT_GT(texts, 50);
        EXPECT_GE(smallest, std::floor(minimumTextPixels(size)))
            << size.width() << "x" << size.height();
        EXPECT_GE(minimumTextPixels(size), std::min(size.width(), size.height()) / 72.0 - 1e-9);
    }
}

TEST(Slide, TheVisiblePartShowsOnlyThatStretchOfTheAxis) {
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    const Palette palette = Palette::forTheme(Theme::Light);
    // The shutdown tasks (lanes 3 and 4) run at the very end of the run.
    const Lane &shutdown = scene.lanes[4];
    ASSERT_GT(shutdown.bars.back().x0, scene.width * 0.8);
    Slide slide;
    slide.legend = false;
    const QImage all = renderSlide(scene, *trace, slide);
    slide.range = ExportRange::Visible;
    slide.visibleX0 = -0.5;
    slide.visibleX1 = scene.width * 0.5;
    const QImage half = renderSlide(scene, *trace, slide);
    const QRgb c = taskColor(palette, shutdown.colorIndex).rgb();
    const QRect whole(0, 0, 1920, 1080);
    EXPECT_GT(countColor(all, whole, c), 100);
    EXPECT_EQ(countColor(half, whole, c), countColor(half, QRect(0, 0, 420, 1080), c))
        << "the shutdown task's colour appears outside its label swatch";
}
