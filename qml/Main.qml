import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopscope

ApplicationWindow {
    id: window

    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: qsTr("Loopscope")

    Session {
        id: session

        language: Qt.uiLanguage
    }

    // The app opens on the default scenario, already run, cursor at step 0: the first thing a
    // new user does is press → and watch.
    Component.onCompleted: session.runScenario(picker.currentId, {})

    Shortcut { sequence: "Right"; onActivated: session.stepForward() }
    Shortcut { sequence: "Left"; onActivated: session.stepBack() }
    Shortcut { sequence: "Home"; onActivated: session.toStart() }
    Shortcut { sequence: "End"; onActivated: session.toEnd() }
    Shortcut { sequences: ["+", "="]; onActivated: timelineView.zoomIn() }
    Shortcut { sequence: "-"; onActivated: timelineView.zoomOut() }
    Shortcut { sequence: "0"; onActivated: timelineView.fitAll() }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12

            Label {
                text: qsTr("Loopscope")
                font.bold: true
                font.pixelSize: 18
            }
            Label {
                Layout.fillWidth: true
                leftPadding: 16
                elide: Text.ElideRight
                text: qsTr("How asyncio's event loop schedules coroutines, step by step")
                color: window.palette.placeholderText
                font.pixelSize: 15
            }
        }
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        ScenarioPicker {
            id: picker

            objectName: "scenarioPanel"
            SplitView.preferredWidth: 320
            SplitView.minimumWidth: 220
            currentId: "say_after_tasks"
            onCurrentIdChanged: session.runScenario(currentId, {})
            onRunRequested: (scenarioId, values) => session.runScenario(scenarioId, values)
        }

        TimelineView {
            id: timelineView

            objectName: "timelinePanel"
            SplitView.fillWidth: true
            SplitView.minimumWidth: 400
            session: session
        }

        Pane {
            SplitView.preferredWidth: 380
            SplitView.minimumWidth: 260
            padding: 0

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                TabBar {
                    id: sideTabs

                    Layout.fillWidth: true
                    TabButton { text: qsTr("Code") }
                    TabButton { text: qsTr("Console") }
                    TabButton { text: qsTr("Loop") }
                    TabButton { text: qsTr("Task") }
                }

                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: sideTabs.currentIndex

                    Panel {
                        title: session.fileName.length > 0 ? session.fileName : qsTr("Listing")
                        placeholder: qsTr("The scenario's Python listing appears here.")

                        CodeView {
                            objectName: "codeView"
                            anchors.fill: parent
                            anchors.margins: 6
                            source: session.listing
                            markers: session.lineMarkers
                        }
                    }
                    Panel {
                        title: qsTr("Output")
                        placeholder: qsTr("What the program prints, up to the cursor.")

                        ConsoleView {
                            objectName: "consoleView"
                            anchors.fill: parent
                            anchors.margins: 6
                            visible: count > 0
                            lines: session.console
                        }
                    }
                    Panel {
                        title: qsTr("Event loop")
                        placeholder: qsTr("The ready queue and the timer heap at the cursor.")

                        LoopView {
                            objectName: "loopView"
                            anchors.fill: parent
                            visible: session.hasTrace
                            state: session.loopState
                        }
                    }
                    Panel {
                        title: qsTr("Selected task")
                        placeholder: qsTr("Click a task's lane to see its history.")
                    }
                }
            }
        }
    }

    footer: ToolBar {
        objectName: "transport"

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 6

            TransportButton {
                iconName: "to-start"
                toolTip: qsTr("To start (Home)")
                enabled: session.cursor > 0
                onClicked: session.toStart()
            }
            TransportButton {
                iconName: "step-back"
                toolTip: qsTr("Step back (←)")
                enabled: session.cursor > 0
                onClicked: session.stepBack()
            }
            TransportButton {
                iconName: "step-forward"
                toolTip: qsTr("Step forward (→)")
                enabled: session.cursor < session.stepCount
                onClicked: session.stepForward()
            }
            TransportButton {
                iconName: "to-end"
                toolTip: qsTr("To end (End)")
                enabled: session.cursor < session.stepCount
                onClicked: session.toEnd()
            }
            Label {
                objectName: "narration"
                Layout.fillWidth: true
                leftPadding: 12
                text: session.narration
                textFormat: Text.MarkdownText // code is quoted as `print(what)`
                elide: Text.ElideRight
                font.pixelSize: 15
            }
            Label {
                objectName: "stepLabel"
                text: qsTr("Step %1 of %2 · t = %3 s").arg(session.cursor).arg(session.stepCount)
                                                       .arg(Number(session.cursorTime).toFixed(3))
                font.pixelSize: 15
            }
        }
    }
}
