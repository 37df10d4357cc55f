// The timeline laid out from a trace and exported: lanes in tree order, bars where the trace
// says, and images that have the requested size, real text, and never a half-written file.
#include "export/imageexport.h"
#include "qt_printers.h"
#include "timeline/scenebuilder.h"
#include "trace/tracedocument.h"

#include <QFile>
#include <QImage>
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

ImageExport pngOptions(const QString &path, const TimelineScene &scene) {
    ImageExport options;
    options.path = path;
    options.size = QSize(1920, 1080);
    options.paint.fontPixels = exportFontPixels(options.size);
    options.paint.viewX0 = -0.5;
    options.paint.viewX1 = scene.width;
    return options;
}

} // namespace

TEST(SceneBuilder, PutsEveryTaskUnderTheTaskThatCreatedIt) {
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    ASSERT_EQ(scene.lanes.size(), 5u);
    EXPECT_EQ(scene.lanes[0].title, QStringLiteral("Task-1"));
    EXPECT_EQ(scene.lanes[0].depth, 0);
    EXPECT_EQ(scene.lanes[1].title, QStringLiteral("Task-2"));
    EXPECT_EQ(scene.lanes[1].depth, 1);
    EXPECT_EQ(scene.lanes[2].depth, 1);
    // asyncio.run's own shutdown tasks were created by the loop, not by main.
    EXPECT_EQ(scene.lanes[3].subtitle, QStringLiteral("shutdown_asyncgens"));
    EXPECT_EQ(scene.lanes[3].depth, 0);
}

TEST(SceneBuilder, GivesEveryStepItsOwnColumnInExecutionOrder) {
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    ASSERT_EQ(scene.stepX.size(), trace->stepCount());
    for (std::size_t i = 1; i < scene.stepX.size(); ++i)
        EXPECT_GT(scene.stepX[i], scene.stepX[i - 1]) << "step " << i;
    // The three steps at t=0 read left to right, one unit each.
    EXPECT_EQ(scene.stepX[1] - scene.stepX[0], 1.0);
}

TEST(SceneBuilder, ShowsASleepUntilItsDeadlineAndTheLoopIdlingMeanwhile) {
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    const Lane &world = scene.lanes[2]; // Task-3 sleeps 1 s
    const auto sleeping = std::find_if(world.bars.begin(), world.bars.end(), [](const Bar &b) {
        return b.activity == Activity::Sleeping;
    });
    ASSERT_NE(sleeping, world.bars.end());
    EXPECT_EQ(sleeping->label, QStringLiteral("sleep until 1 s"));
    const int idles =
        static_cast<int>(std::count_if(scene.loop.begin(), scene.loop.end(), [](const LoopBar &b) {
            return b.activity == LoopActivity::Idle;
        }));
    EXPECT_EQ(idles, 2); // select() until 1 s, then until 2 s
}

TEST(SceneBuilder, MarksHowEachTaskEnded) {
    const auto trace = load("taskgroup_errors.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    std::map<QString, Ending> endings;
    for (const Lane &lane : scene.lanes)
        endings[lane.title] = lane.ending;
    EXPECT_EQ(endings[QStringLiteral("Task-2")], Ending::Exception);
    EXPECT_EQ(endings[QStringLiteral("Task-3")], Ending::Exception);
    EXPECT_EQ(endings[QStringLiteral("Task-4")], Ending::Cancelled);
    EXPECT_EQ(endings[QStringLiteral("Task-1")], Ending::Result);
    const bool cancelLink = std::any_of(scene.links.begin(), scene.links.end(),
                                        [](const Link &l) { return l.kind == LinkKind::Cancel; });
    EXPECT_TRUE(cancelLink);
}

TEST(ImageExport, WritesAPngOfTheRequestedSizeWithEachTasksRunningBar) {
    QTemporaryDir dir;
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    const ImageExport options = pngOptions(dir.filePath(QStringLiteral("t.png")), scene);
    ASSERT_EQ(exportImage(scene, options), QString());
    const QImage image(options.path);
    ASSERT_EQ(image.size(), QSize(1920, 1080));

    // Sample the middle of each task's first running bar: it must have the lane's colour.
    const TimelinePainter painter(options.paint);
    const QRectF target(0, 0, 1920, 1080);
    const QRectF plot = painter.plotRect(target);
    const Palette palette = Palette::forTheme(Theme::Light);
    for (std::size_t i = 0; i < 3; ++i) {
        const Lane &lane = scene.lanes[i];
        const auto bar = std::find_if(lane.bars.begin(), lane.bars.end(),
                                      [](const Bar &b) { return b.activity == Activity::Running; });
        ASSERT_NE(bar, lane.bars.end());
        const double x = painter.xToPixel((bar->x0 + bar->x1) / 2, plot);
        const double y = painter.rulerHeight() + painter.loopLaneHeight() +
                         (static_cast<double>(i) + 0.63) * painter.laneHeight();
        const QColor pixel = image.pixelColor(static_cast<int>(x), static_cast<int>(y));
        EXPECT_EQ(pixel.rgb(), taskColor(palette, lane.colorIndex).rgb())
            << lane.title.toStdString() << " at " << x << "," << y;
    }
}

TEST(ImageExport, WritesAnSvgWithTheTaskLabelsAsRealText) {
    QTemporaryDir dir;
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    ImageExport options = pngOptions(dir.filePath(QStringLiteral("t.svg")), scene);
    ASSERT_EQ(exportImage(scene, options), QString());
    QFile file(options.path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    for (const char *label : {"Task-1", "Task-2", "Task-3", "event loop"})
        EXPECT_TRUE(texts.contains(QString::fromLatin1(label))) << label;
}

TEST(ImageExport, RefusesAnUnknownFormatAndANonsenseSize) {
    QTemporaryDir dir;
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    ImageExport options = pngOptions(dir.filePath(QStringLiteral("t.gif")), scene);
    EXPECT_TRUE(exportImage(scene, options).contains(QStringLiteral(".png, .svg or .pdf")));
    options.path = dir.filePath(QStringLiteral("t.png"));
    options.size = QSize(10, 100000);
    EXPECT_TRUE(exportImage(scene, options).contains(QStringLiteral("10x100000")));
    EXPECT_FALSE(QFile::exists(options.path));
}

TEST(ImageExport, LeavesTheOldFileIntactWhenTheExportFails) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slide.png"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the old slide");
    }
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    ImageExport options = pngOptions(path, scene);
    options.size = QSize(0, 0); // refused before anything is written
    EXPECT_FALSE(exportImage(scene, options).isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("the old slide"));
}

TEST(ImageExport, SaysWhyWhenTheFolderCannotBeWritten) {
    const auto trace = load("say_after_tasks.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    const ImageExport options = pngOptions(QStringLiteral("/proc/no-such-folder/slide.png"), scene);
    const QString problem = exportImage(scene, options);
    EXPECT_TRUE(problem.startsWith(QStringLiteral("cannot write /proc/no-such-folder/slide.png")))
        << problem.toStdString();
}

TEST(SceneBuilder, GivesEachGeneratorALaneAndTheProgramsOwnLoopItsSleeps) {
    const auto trace = load("generator_round_robin.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    EXPECT_EQ(scene.loopTitle, QStringLiteral("program loop"));
    ASSERT_EQ(scene.lanes.size(), 2u);
    EXPECT_EQ(scene.lanes[0].title, QStringLiteral("counter"));
    EXPECT_EQ(scene.lanes[0].subtitle, QStringLiteral("generator"));
    EXPECT_EQ(scene.lanes[1].title, QStringLiteral("printer"));
    // Four turns: each a time.sleep of the driver (no lane) then a step of one generator.
    int blocks = 0, steps = 0;
    for (const LoopBar &b : scene.loop) {
        if (b.activity == LoopActivity::Blocked) {
            ++blocks;
            EXPECT_EQ(b.lane, -1);
        }
        steps += b.activity == LoopActivity::RunStep;
    }
    EXPECT_EQ(blocks, 4);
    EXPECT_EQ(steps, 4);
    const bool paused =
        std::any_of(scene.lanes[0].bars.begin(), scene.lanes[0].bars.end(), [](const Bar &b) {
            return b.activity == Activity::Awaiting && b.label == QStringLiteral("at yield");
        });
    EXPECT_TRUE(paused);
    // An asyncio trace keeps the event loop's own name.
    EXPECT_TRUE(buildScene(*load("say_after_tasks.loopscope.json")).loopTitle.isEmpty());
}

TEST(SceneBuilder, SaysHowEachGeneratorEnded) {
    const auto trace = load("generators_by_hand.loopscope.json");
    const TimelineScene scene = buildScene(*trace);
    ASSERT_EQ(scene.lanes.size(), 4u);
    EXPECT_EQ(scene.lanes[0].endLabel, QStringLiteral("→ 'a done'")); // StopIteration.value
    EXPECT_EQ(scene.lanes[1].ending, Ending::Cancelled);
    EXPECT_EQ(scene.lanes[1].endLabel, QStringLiteral("closed"));
    EXPECT_EQ(scene.lanes[2].ending, Ending::Exception);
    EXPECT_EQ(scene.lanes[2].endLabel, QStringLiteral("ValueError: bad turn"));
}
