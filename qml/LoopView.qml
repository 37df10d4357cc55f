import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The event loop at the cursor, read from the trace: the handle that ran the step and what the
// loop ran after it, the ready queue in order (the handles this iteration still runs above a
// divider, those queued for the next one below), the timer heap by deadline, the executor's jobs.
ScrollView {
    id: root

    property var state: ({}) // Session.loopState

    clip: true
    contentWidth: availableWidth

    function handleText(h) {
        if (!h || h.handle === undefined)
            return ""
        let text
        if (h.what === "step")
            text = qsTr("step of %1").arg(h.taskName)
        else if (h.what === "wakeup")
            text = h.doneName.length > 0
                    ? qsTr("wakeup of %1, %2 has finished").arg(h.taskName).arg(h.doneName)
                    : qsTr("wakeup of %1").arg(h.taskName)
        else if (h.what.length === 0)
            text = qsTr("a cancelled timer")
        else
            text = h.doneName.length > 0 ? qsTr("%1(), %2 has finished").arg(h.what).arg(h.doneName)
                                         : qsTr("%1()").arg(h.what)
        if (h.timer > 0)
            text += " " + qsTr("(timer %1)").arg(h.timer)
        if (h.cancelled)
            text += " " + qsTr("— cancelled, skipped")
        return text
    }

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: 10
        font.bold: true
        font.pixelSize: 14
        color: root.palette.placeholderText
    }

    component HandleRow: RowLayout {
        id: row

        property var handle: ({})
        property bool dim: false

        Layout.fillWidth: true
        spacing: 8
        Label {
            Layout.preferredWidth: 40
            horizontalAlignment: Text.AlignRight
            text: "#" + row.handle.handle
            color: root.palette.placeholderText
            font.family: "DejaVu Sans Mono"
            font.pixelSize: 13
        }
        Rectangle {
            Layout.preferredWidth: 12
            Layout.preferredHeight: 12
            radius: 6
            color: row.handle.color !== undefined ? row.handle.color : "transparent"
            border.color: root.palette.placeholderText
            border.width: row.handle.task > 0 || row.handle.done > 0 ? 0 : 1
        }
        Label {
            Layout.fillWidth: true
            text: root.handleText(row.handle)
            elide: Text.ElideRight
            font.pixelSize: 14
            font.strikeout: row.handle.cancelled === true
            opacity: row.dim ? 0.65 : 1
        }
    }

    ColumnLayout {
        width: root.availableWidth - 12
        x: 6
        spacing: 4

        Label {
            Layout.fillWidth: true
            Layout.topMargin: 6
            visible: root.state.available !== true
            wrapMode: Text.WordWrap
            text: qsTr("This trace does not record the loop's internals (it was written by an older Loopscope).")
            color: root.palette.placeholderText
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: root.state.available === true
            spacing: 4

            Label {
                objectName: "loopIteration"
                Layout.fillWidth: true
                Layout.topMargin: 6
                text: root.state.iteration > 0
                      ? qsTr("Iteration %1 of the loop · t = %2 s").arg(root.state.iteration)
                        .arg(Number(root.state.clock).toFixed(3))
                      : qsTr("The loop has not run yet")
                font.pixelSize: 15
                font.bold: true
            }

            Label {
                visible: root.state.beforeStep !== undefined && root.state.beforeStep.length > 0
                text: qsTr("Before this step the loop ran:")
                color: root.palette.placeholderText
            }
            Repeater {
                model: root.state.beforeStep || []
                HandleRow {
                    required property var modelData
                    handle: modelData
                    dim: true
                }
            }
            SectionTitle { text: qsTr("Running") }
            HandleRow {
                visible: root.state.current !== undefined && root.state.current.handle !== undefined
                handle: root.state.current || ({})
            }
            Label {
                visible: !(root.state.current !== undefined && root.state.current.handle !== undefined)
                text: qsTr("nothing (before the first step)")
                color: root.palette.placeholderText
            }

            SectionTitle {
                objectName: "readyTitle"
                text: qsTr("Ready queue (%1)").arg(root.state.readyCount || 0)
            }
            Label {
                visible: (root.state.readyCount || 0) === 0
                text: qsTr("empty")
                color: root.palette.placeholderText
            }
            Repeater {
                model: root.state.ready || []
                ColumnLayout {
                    id: readyItem

                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    spacing: 2
                    // The iteration's snapshot ends here: later handles run in the next one.
                    RowLayout {
                        Layout.fillWidth: true
                        visible: readyItem.index > 0 && !readyItem.modelData.snapshot
                                 && root.state.ready[readyItem.index - 1].snapshot
                        Rectangle { Layout.fillWidth: true; height: 1; color: root.palette.mid }
                        Label {
                            text: qsTr("next iteration")
                            font.pixelSize: 12
                            color: root.palette.placeholderText
                        }
                        Rectangle { Layout.fillWidth: true; height: 1; color: root.palette.mid }
                    }
                    HandleRow {
                        handle: readyItem.modelData
                    }
                }
            }
            Label {
                visible: (root.state.readyCount || 0) > (root.state.ready || []).length
                text: qsTr("… and %1 more").arg((root.state.readyCount || 0) - (root.state.ready || []).length)
                color: root.palette.placeholderText
            }

            SectionTitle { text: qsTr("Timers by deadline (%1)").arg(root.state.timerCount || 0) }
            Label {
                visible: (root.state.timerCount || 0) === 0
                text: qsTr("none armed")
                color: root.palette.placeholderText
            }
            Repeater {
                model: root.state.timers || []
                RowLayout {
                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 8
                    Label {
                        Layout.preferredWidth: 72
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("%1 s").arg(Number(modelData.deadline).toFixed(3))
                        font.family: "DejaVu Sans Mono"
                        font.pixelSize: 13
                    }
                    Rectangle {
                        Layout.preferredWidth: 12
                        Layout.preferredHeight: 12
                        radius: 2
                        color: modelData.task > 0 ? modelData.color : "transparent"
                        border.color: root.palette.placeholderText
                        border.width: modelData.task > 0 ? 0 : 1
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: 14
                        text: modelData.task > 0
                              ? qsTr("timer %1: %2, armed by %3").arg(modelData.timer)
                                .arg(modelData.what).arg(modelData.taskName)
                              : qsTr("timer %1: %2").arg(modelData.timer).arg(modelData.what)
                    }
                }
            }

            SectionTitle {
                visible: (root.state.jobs || []).length > 0
                text: qsTr("Executor jobs")
            }
            Repeater {
                model: root.state.jobs || []
                RowLayout {
                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 8
                    Rectangle {
                        Layout.preferredWidth: 12
                        Layout.preferredHeight: 12
                        color: modelData.task > 0 ? modelData.color : "transparent"
                        border.color: root.palette.placeholderText
                        border.width: modelData.task > 0 ? 0 : 1
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: 14
                        text: modelData.running
                              ? qsTr("job %1: %2() runs until %3 s").arg(modelData.job)
                                .arg(modelData.func).arg(Number(modelData.end).toFixed(3))
                              : qsTr("job %1: %2() waits for a worker, from %3 s to %4 s")
                                .arg(modelData.job).arg(modelData.func)
                                .arg(Number(modelData.start).toFixed(3))
                                .arg(Number(modelData.end).toFixed(3))
                    }
                }
            }
        }
    }
}
