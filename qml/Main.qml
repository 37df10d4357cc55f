import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
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

    // `loopscope --python PROGRAM.py [--seed N] [--horizon S]`: {path, seed, horizon}.
    property var initialProgram: ({})

    // Opens a user's own program: the menu, Recent programs, drag and drop and the command line.
    function openProgram(path, overrides) {
        session.openProgram(path, overrides || {})
        pythonSettings.addRecent(path.toString().startsWith("file:")
                                 ? decodeURIComponent(path.toString().replace(/^file:\/\//, ""))
                                 : path)
    }

    // The app opens on the default scenario, already run, cursor at step 0: the first thing a
    // new user does is press → and watch.
    Component.onCompleted: {
        if (initialProgram.path) {
            const overrides = {}
            if (initialProgram.seed !== undefined)
                overrides.seed = Number(initialProgram.seed)
            if (initialProgram.horizon !== undefined)
                overrides.horizon = Number(initialProgram.horizon)
            openProgram(initialProgram.path, overrides)
        } else {
            session.runScenario(picker.currentId, {})
        }
    }

    ProgramSettings { id: pythonSettings }

    // The picker selects no scenario while a program of the user's is shown.
    Connections {
        target: session
        function onProgramChanged() {
            if (session.programPath.length > 0)
                picker.currentId = ""
        }
    }

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")

            Action {
                text: qsTr("Open &Python program…")
                shortcut: StandardKey.Open
                onTriggered: programDialog.open()
            }
            Menu {
                id: recentMenu

                title: qsTr("&Recent programs")
                enabled: pythonSettings.recentPrograms.length > 0

                Instantiator {
                    model: pythonSettings.recentPrograms
                    delegate: MenuItem {
                        required property string modelData
                        required property int index

                        text: (index < 9 ? "&" + (index + 1) + "  " : "") + modelData
                        onTriggered: window.openProgram(modelData)
                    }
                    onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Clear the list")
                    onTriggered: pythonSettings.clearRecent()
                }
            }
            MenuSeparator {}
            Action {
                text: qsTr("Python se&ttings…")
                onTriggered: pythonSettingsDialog.open()
            }
        }
    }

    FileDialog {
        id: programDialog

        title: qsTr("Open Python program")
        nameFilters: [qsTr("Python programs (*.py)"), qsTr("All files (*)")]
        onAccepted: window.openProgram(selectedFile)
    }

    ProgramSettingsDialog {
        id: pythonSettingsDialog

        anchors.centerIn: parent
        settings: pythonSettings
    }

    // Drop a .py file anywhere on the window to open it.
    DropArea {
        id: dropArea

        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls && drop.urls.length > 0) {
                window.openProgram(drop.urls[0])
                drop.acceptProposedAction()
            }
        }

        Rectangle {
            anchors.fill: parent
            anchors.margins: 8
            visible: dropArea.containsDrag
            z: 10
            color: Qt.rgba(0, 0.45, 0.7, 0.12)
            border.color: "#0072B2"
            border.width: 3
            radius: 8

            Label {
                anchors.centerIn: parent
                text: qsTr("Drop a Python program to trace it")
                font.pixelSize: 22
                font.bold: true
                color: "#0072B2"
            }
        }
    }

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
            // Empty while a program of the user's is shown (see the Connections below).
            onCurrentIdChanged: if (currentId.length > 0) session.runScenario(currentId, {})
            onRunRequested: (scenarioId, values) => session.runScenario(scenarioId, values)
        }

        TimelineView {
            id: timelineView

            objectName: "timelinePanel"
            SplitView.fillWidth: true
            SplitView.minimumWidth: 400
            session: session

            RunningOverlay {
                objectName: "runningOverlay"
                anchors.fill: parent
                session: session
            }
            ProgramBanner {
                objectName: "programBanner"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 10
                session: session
            }
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
                        title: session.fileName.length === 0 ? qsTr("Listing")
                               : session.programPath.length > 0 && pythonSettings.watch
                                 ? qsTr("%1 · watching").arg(session.fileName)
                                 : session.fileName
                        placeholder: qsTr("The scenario's Python listing appears here.")

                        CodeView {
                            objectName: "codeView"
                            anchors.fill: parent
                            anchors.margins: 6
                            source: session.listing
                            markers: session.lineMarkers
                            // Where a program of the user's went wrong, once the cursor is at the
                            // end (a syntax error has no steps: always).
                            errorLine: session.cursor === session.stepCount
                                       ? (session.programOutcome.line || 0) : 0
                            errorText: session.programOutcome.headline || ""
                        }
                    }
                    Panel {
                        title: qsTr("Output")
                        placeholder: qsTr("What the program prints, up to the cursor.")

                        ConsoleView {
                            objectName: "consoleView"
                            anchors.fill: parent
                            anchors.margins: 6
                            visible: count > 0 || tracebackText.length > 0
                            lines: session.console
                            tracebackText: session.cursor === session.stepCount
                                           ? (session.programOutcome.traceback || "") : ""
                        }
                    }
                    Panel {
                        title: qsTr("Event loop")
                        placeholder: qsTr("The ready queue and the timer heap at the cursor.")
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
                // A program of the user's that never ran a step: say why instead.
                text: session.stepCount === 0 && session.programOutcome.headline
                      ? session.programOutcome.headline : session.narration
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
