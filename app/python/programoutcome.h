// What the window tells a user about how their own program's run ended: a headline, one or two
// sentences, the listing line it concerns, and the traceback for the console. Read from the trace
// (its end status, its stall, its last events), never guessed from the program's text, except to
// say what a file that CPython could not parse looks like instead.
#pragma once

#include "programrunner.h"

#include <QString>
#include <QVariantMap>

namespace loopscope::trace {
class TraceDocument;
}

namespace loopscope::python {

struct Outcome {
    // "ok", a trace status ("exception", "syntax_error", "horizon", "stall", "limit", "exit",
    // "import_error", "no_loop"), or why there is no trace ("killed", "too_large",
    // "not_a_program", "interpreter", "failed", "cancelled").
    QString status = QStringLiteral("ok");
    QString headline; // empty for a run that simply finished
    QString detail;
    int line = 0;       // the listing line to mark in the code panel (0: none)
    QString traceback;  // shown at the end of the console
    bool error = false; // an error (red) rather than a note

    QVariantMap toMap() const;
};

Outcome describeTrace(const trace::TraceDocument &trace);
Outcome describeFailure(const ProgramRun &run);

// "JSON", "a shell script"… when a text that CPython cannot parse reads like another language.
QString guessLanguage(const QString &source);

} // namespace loopscope::python
