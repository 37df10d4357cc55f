// Reading trace files: a good one decodes completely; a broken or foreign one is refused with a
// sentence that names what is wrong and where. The data files are pytrace's traces of the
// scenario listings (CPython's own scheduling), written by tools/pytrace.py.
#include "qt_printers.h"
#include "trace/tracedocument.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace loopscope::trace;

namespace {

QByteArray dataFile(const char *name) {
    QFile f(QStringLiteral(LOOPSCOPE_TEST_DATA "/") + QString::fromLatin1(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

QString errorFor(const QByteArray &json) {
    QString error;
    EXPECT_EQ(TraceDocument::fromJson(json, &error), nullptr) << json.left(200).toStdString();
    return error;
}

} // namespace

TEST(TraceDocument, ReadsPytracesTraceOfSayAfterTasks) {
    QString error;
    const auto trace = TraceDocument::fromJson(dataFile("say_after_tasks.loopscope.json"), &error);
    ASSERT_NE(trace, nullptr) << error.toStdString();
    EXPECT_EQ(trace->programId, QStringLiteral("say_after_tasks"));
    EXPECT_EQ(trace->fileName, QStringLiteral("say_after_tasks.py"));
    EXPECT_TRUE(trace->source.contains(QStringLiteral("asyncio.run(main())")));
    EXPECT_EQ(trace->status, Status::Ok);
    ASSERT_EQ(trace->tasks.size(), 6u); // [0] unused, Task-1..Task-5
    EXPECT_EQ(trace->taskLabel(1), QStringLiteral("Task-1 · main"));
    EXPECT_EQ(trace->taskLabel(2), QStringLiteral("Task-2 · say_after"));
    EXPECT_EQ(trace->tasks[2].parent, 1u);
    EXPECT_EQ(trace->stepCount(), 8u);
    EXPECT_EQ(trace->events.back().kind, Kind::End);
}

TEST(TraceDocument, DecodesWhatATaskWaitsOn) {
    QString error;
    const auto trace = TraceDocument::fromJson(dataFile("say_after_tasks.loopscope.json"), &error);
    ASSERT_NE(trace, nullptr);
    // main awaits Task-2 first; Task-3 sleeps until 1 s.
    std::vector<const Event *> yields;
    for (const Event &e : trace->events) {
        if (e.kind == Kind::Yield)
            yields.push_back(&e);
    }
    ASSERT_EQ(yields.size(), 3u);
    EXPECT_EQ(yields[0]->task, 1u);
    EXPECT_EQ(static_cast<On>(yields[0]->sub), On::Task);
    ASSERT_EQ(yields[0]->targetCount, 1u);
    EXPECT_EQ(trace->targets[yields[0]->targets], 2u);
    EXPECT_EQ(static_cast<On>(yields[2]->sub), On::Sleep);
    EXPECT_EQ(yields[2]->num, 1.0);
}

TEST(TraceDocument, ReadsExceptionsAndCancellationsOfATaskGroup) {
    QString error;
    const auto trace = TraceDocument::fromJson(dataFile("taskgroup_errors.loopscope.json"), &error);
    ASSERT_NE(trace, nullptr) << error.toStdString();
    int exceptions = 0, cancelled = 0;
    for (const Event &e : trace->events) {
        if (e.kind != Kind::Done)
            continue;
        exceptions += static_cast<DoneState>(e.sub) == DoneState::Exception;
        cancelled += static_cast<DoneState>(e.sub) == DoneState::Cancelled;
    }
    EXPECT_EQ(exceptions, 2); // factorial A raises RuntimeError, B ValueError
    EXPECT_EQ(cancelled, 1);  // C is cancelled by the group
}

TEST(TraceDocument, RefusesTextThatIsNotJsonNamingTheLine) {
    const QString error = errorFor("{\n  \"format\": \"loopscope-trace\",\n  oops\n}");
    EXPECT_TRUE(error.contains(QStringLiteral("line 3"))) << error.toStdString();
}

TEST(TraceDocument, RefusesAForeignJsonFile) {
    EXPECT_TRUE(errorFor(R"({"traceEvents": []})").contains(QStringLiteral("not a Loopscope")));
    EXPECT_TRUE(errorFor("[1, 2, 3]").contains(QStringLiteral("not a Loopscope")));
}

TEST(TraceDocument, RefusesAnotherFormatVersion) {
    EXPECT_TRUE(errorFor(R"({"format": "loopscope-trace", "version": 7})")
                    .contains(QStringLiteral("version 7")));
}

TEST(TraceDocument, RefusesAnEventOfAnUnknownKindNamingIt) {
    QByteArray json = dataFile("say_after_tasks.loopscope.json");
    json.replace("\"ev\": \"idle\"", "\"ev\": \"teleport\"");
    const QString error = errorFor(json);
    EXPECT_TRUE(error.contains(QStringLiteral("teleport"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("event 20"))) << error.toStdString();
}

TEST(TraceDocument, RefusesATraceCutShort) {
    QByteArray json = dataFile("say_after_tasks.loopscope.json");
    const qsizetype end = json.lastIndexOf(",\n    {\"seq\": 44");
    ASSERT_GT(end, 0);
    json = json.left(end) + "\n  ]\n}\n";
    EXPECT_TRUE(errorFor(json).contains(QStringLiteral("cut short")));
}

TEST(TraceDocument, RefusesAnEventNamingAnUnknownTask) {
    QByteArray json = dataFile("say_after_tasks.loopscope.json");
    json.replace("{\"seq\": 8, \"t\": 0.0, \"ev\": \"step\", \"task\": 2",
                 "{\"seq\": 8, \"t\": 0.0, \"ev\": \"step\", \"task\": 99");
    const QString error = errorFor(json);
    EXPECT_TRUE(error.contains(QStringLiteral("task 99"))) << error.toStdString();
}

TEST(TraceDocument, RefusesTimeGoingBackwards) {
    QByteArray json = dataFile("say_after_tasks.loopscope.json");
    json.replace("{\"seq\": 22, \"t\": 1.0", "{\"seq\": 22, \"t\": 0.5");
    json.replace("{\"seq\": 23, \"t\": 1.0", "{\"seq\": 23, \"t\": 0.25");
    EXPECT_TRUE(errorFor(json).contains(QStringLiteral("back in time")));
}
