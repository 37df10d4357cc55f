import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Loopscope

ApplicationWindow {
    id: window

    // The theme in effect (light or dark, following the system unless the View menu says).
    readonly property bool dark: preferences.dark
    // Presentation mode: the timeline unfolds up to the cursor, in large type; panels optional.
    readonly property bool presenting: preferences.presentation
    readonly property bool sidePanels: !presenting || preferences.panelsInPresentation
    // Playback: the cursor moves one step at a time at `preferences.speed` steps per second.
    property bool playing: false

    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: qsTr("Loopscope")

    palette.window: dark ? "#2b2d31" : "#efefef"
    palette.windowText: dark ? "#e8eaed" : "#1a1a1a"
    palette.base: dark ? "#1e1f22" : "#ffffff"
    palette.alternateBase: dark ? "#26282c" : "#f4f5f7"
    palette.text: dark ? "#e8eaed" : "#1a1a1a"
    palette.button: dark ? "#373a3f" : "#efefef"
    palette.buttonText: dark ? "#e8eaed" : "#1a1a1a"
    palette.brightText: "#ffffff"
    palette.highlight: dark ? "#2f7fc1" : "#0072b2"
    palette.highlightedText: "#ffffff"
    palette.placeholderText: dark ? "#a8abb0" : "#5f6368"
    palette.light: dark ? "#4a4d52" : "#ffffff"
    palette.midlight: dark ? "#3f4247" : "#e3e3e3"
    palette.mid: dark ? "#2a2c30" : "#b8b8b8"
    palette.dark: dark ? "#18191b" : "#9f9f9f"
    palette.shadow: dark ? "#000000" : "#767676"
    palette.toolTipBase: dark ? "#3a3d42" : "#ffffe1"
    palette.toolTipText: dark ? "#e8eaed" : "#1a1a1a"
    palette.link: dark ? "#56b4e9" : "#0072b2"
    palette.disabled.buttonText: dark ? "#6b6e73" : "#a0a0a0"
    palette.disabled.windowText: dark ? "#6b6e73" : "#a0a0a0"
    palette.disabled.text: dark ? "#6b6e73" : "#a0a0a0"

    Preferences { id: preferences }

    Session {
        id: session

        objectName: "session"
        language: Qt.uiLanguage
        dark: window.dark
        axisMode: preferences.axisMode
        onAxisModeChanged: preferences.axisMode = axisMode
        onScenarioIdChanged: if (scenarioId.length > 0) preferences.lastScenario = scenarioId
        onTraceChanged: window.playing = false
    }

    // The app opens on the last scenario run (the default one the first time), already run,
    // cursor at step 0: the first thing a new user does is press → and watch.
    // `loopscope --python PROGRAM.py` opens on that program instead.
    Component.onCompleted: {
        if (initialProgram.path) {
            const overrides = {}
            if (initialProgram.seed !== undefined)
                overrides.seed = Number(initialProgram.seed)
            if (initialProgram.horizon !== undefined)
                overrides.horizon = Number(initialProgram.horizon)
            openProgram(initialProgram.path, overrides)
        } else if (picker.currentId === preferences.lastScenario) {
            session.runScenario(picker.currentId, {})
        } else {
            picker.currentId = preferences.lastScenario // runs it
        }

        const g = preferences.geometry
        if (g.width > 0) {
            x = g.x; y = g.y; width = g.width; height = g.height
        }
        if (preferences.maximized)
            visibility = Window.Maximized
        const state = preferences.splitState
        if (state !== undefined)
            split.restoreState(state)
    }
    onClosing: saveLayout()

    function saveLayout() {
        preferences.maximized = visibility === Window.Maximized
        if (visibility !== Window.Maximized && visibility !== Window.FullScreen)
            preferences.geometry = Qt.rect(x, y, width, height)
        if (!presenting)
            preferences.splitState = split.saveState()
        preferences.sync()
    }

    function stepIteration(direction) {
        session.stepIteration(direction)
    }

    function togglePlay() {
        if (!playing && session.cursor >= session.stepCount)
            session.toStart()
        playing = !playing && session.stepCount > 0
    }

    Timer {
        id: player

        interval: Math.round(1000 / preferences.speed)
        repeat: true
        running: window.playing
        // Only the cursor moves: the trace is already recorded, nothing runs again.
        onTriggered: {
            if (session.cursor < session.stepCount)
                session.stepForward()
            if (session.cursor >= session.stepCount)
                window.playing = false
        }
    }

    Exporter {
        id: exporter

        session: session
        onFinished: (ok, message) => {
            if (!ok && !exportDialog.visible) {
                messageDialog.text = message
                messageDialog.open()
            }
        }
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
        visible: !window.presenting

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
            MenuSeparator {}
            Action {
                text: qsTr("&Open trace…")
                onTriggered: openTraceDialog.open()
            }
            Action {
                text: qsTr("&Save trace…")
                enabled: session.hasTrace
                onTriggered: saveTraceDialog.open()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Export image…")
                shortcut: "Ctrl+E"
                enabled: session.hasTrace
                onTriggered: exportDialog.open()
            }
            Action {
                text: qsTr("Export &Chrome trace (Perfetto)…")
                enabled: session.hasTrace
                onTriggered: chromeTraceDialog.open()
            }
            Action {
                text: qsTr("C&opy image")
                shortcut: "Ctrl+Shift+C"
                enabled: session.hasTrace
                onTriggered: exporter.copyView(timelineView.timeline)
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: Qt.quit()
            }
        }
        ViewMenu {
            preferences: preferences
            session: session
            onZoomIn: timelineView.zoomIn()
            onZoomOut: timelineView.zoomOut()
            onFitAll: timelineView.fitAll()
        }
    }

    ExportDialog {
        id: exportDialog

        objectName: "exportDialog"
        exporter: exporter
        timeline: timelineView.timeline
    }
    FileDialog {
        id: openTraceDialog

        title: qsTr("Open trace")
        nameFilters: [qsTr("Loopscope traces (*.loopscope.json *.json)")]
        onAccepted: exporter.openTrace(selectedFile)
    }
    FileDialog {
        id: saveTraceDialog

        title: qsTr("Save trace")
        fileMode: FileDialog.SaveFile
        selectedFile: exporter.suggestedFile("loopscope.json")
        nameFilters: [qsTr("Loopscope traces (*.loopscope.json)")]
        onAccepted: exporter.saveTrace(selectedFile)
    }
    FileDialog {
        id: chromeTraceDialog

        title: qsTr("Export Chrome trace")
        fileMode: FileDialog.SaveFile
        selectedFile: exporter.suggestedFile("trace.json")
        nameFilters: [qsTr("Chrome trace event files (*.json)")]
        onAccepted: exporter.exportChromeTrace(selectedFile)
    }
    Dialog {
        id: messageDialog

        property alias text: messageLabel.text

        objectName: "messageDialog"
        title: qsTr("Loopscope")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent.width - 80, 640)
        standardButtons: Dialog.Ok
        Label {
            id: messageLabel

            width: parent.width
            wrapMode: Text.WordWrap
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
    Shortcut { sequence: "Ctrl+Right"; onActivated: session.stepInstant(1) }
    Shortcut { sequence: "Ctrl+Left"; onActivated: session.stepInstant(-1) }
    Shortcut { sequence: "Shift+Right"; onActivated: window.stepIteration(1) }
    Shortcut { sequence: "Shift+Left"; onActivated: window.stepIteration(-1) }
    Shortcut { sequence: "Home"; onActivated: session.toStart() }
    Shortcut { sequence: "End"; onActivated: session.toEnd() }
    Shortcut { sequence: "Space"; onActivated: window.togglePlay() }
    Shortcut { sequence: "F5"; onActivated: preferences.presentation = !preferences.presentation }
    Shortcut {
        sequence: "Escape"
        enabled: window.presenting
        onActivated: preferences.presentation = false
    }
    Shortcut { sequences: ["+", "="]; onActivated: timelineView.zoomIn() }
    Shortcut { sequence: "-"; onActivated: timelineView.zoomOut() }
    Shortcut { sequence: "0"; onActivated: timelineView.fitAll() }


    header: ToolBar {
        visible: !window.presenting

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
        id: split

        anchors.fill: parent
        orientation: Qt.Horizontal

        ScenarioPicker {
            id: picker

            objectName: "scenarioPanel"
            visible: !window.presenting
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
            dark: window.dark
            presentation: window.presenting
            fontPixels: window.presenting ? 21 : 15
            onTaskClicked: (task, onLabel) => { if (onLabel) sideTabs.currentIndex = 3 }

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
            visible: window.sidePanels
            SplitView.preferredWidth: 380
            SplitView.minimumWidth: 260
            padding: 0

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                TabBar {
                    id: sideTabs

                    objectName: "sideTabs"
                    Layout.fillWidth: true
                    currentIndex: preferences.sideTab
                    onCurrentIndexChanged: preferences.sideTab = currentIndex
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
                            fontPixels: window.presenting ? 19 : 14
                            onTaskClicked: task => {
                                session.selectedTask = task
                                sideTabs.currentIndex = 3
                            }
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

                        LoopView {
                            objectName: "loopView"
                            anchors.fill: parent
                            visible: session.hasTrace
                            state: session.loopState
                        }
                    }
                    Panel {
                        title: qsTr("Selected task")
                        placeholder: qsTr("Click a task's lane in the timeline, or its marker in the code, to see its history.")

                        TaskView {
                            objectName: "taskView"
                            anchors.fill: parent
                            session: session
                            fontPixels: window.presenting ? 19 : 15
                        }
                    }
                }
            }
        }
    }

    footer: ToolBar {
        objectName: "transport"

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            Label {
                objectName: "narration"
                Layout.fillWidth: true
                leftPadding: 14
                rightPadding: 14
                topPadding: 6
                // A program of the user's that never ran a step: say why instead.
                text: session.stepCount === 0 && session.programOutcome.headline
                      ? session.programOutcome.headline : session.narration
                textFormat: Text.MarkdownText // code is quoted as `print(what)`
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: window.presenting ? 26 : 17
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 12
                spacing: 2

                TransportButton {
                    iconName: "to-start"
                    toolTip: qsTr("To start (Home)")
                    enabled: session.cursor > 0
                    onClicked: session.toStart()
                }
                TransportButton {
                    objectName: "instantBack"
                    iconName: "instant-back"
                    toolTip: qsTr("Previous instant of virtual time (Ctrl+←)")
                    enabled: session.cursor > 0
                    onClicked: session.stepInstant(-1)
                }
                TransportButton {
                    iconName: "iteration-back"
                    toolTip: qsTr("Previous loop iteration (Shift+←)")
                    enabled: session.cursor > 0
                    onClicked: window.stepIteration(-1)
                }
                TransportButton {
                    iconName: "step-back"
                    toolTip: qsTr("Step back (←)")
                    enabled: session.cursor > 0
                    onClicked: session.stepBack()
                }
                TransportButton {
                    objectName: "playButton"
                    iconName: window.playing ? "pause" : "play"
                    toolTip: window.playing ? qsTr("Pause (Space)") : qsTr("Play (Space)")
                    enabled: session.stepCount > 0
                    onClicked: window.togglePlay()
                }
                TransportButton {
                    iconName: "step-forward"
                    toolTip: qsTr("Step forward (→)")
                    enabled: session.cursor < session.stepCount
                    onClicked: session.stepForward()
                }
                TransportButton {
                    iconName: "iteration-forward"
                    toolTip: qsTr("Next loop iteration (Shift+→)")
                    enabled: session.cursor < session.stepCount
                            
                    onClicked: window.stepIteration(1)
                }
                TransportButton {
                    objectName: "instantForward"
                    iconName: "instant-forward"
                    toolTip: qsTr("Next instant of virtual time (Ctrl+→)")
                    enabled: session.cursor < session.stepCount
                    onClicked: session.stepInstant(1)
                }
                TransportButton {
                    iconName: "to-end"
                    toolTip: qsTr("To end (End)")
                    enabled: session.cursor < session.stepCount
                    onClicked: session.toEnd()
                }
                ComboBox {
                    id: speedBox

                    objectName: "speed"
                    readonly property var speeds: [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64]

                    Layout.leftMargin: 8
                    font.pixelSize: 14
                    implicitContentWidthPolicy: ComboBox.WidestText
                    model: speeds.map(s => qsTr("%1 steps/s").arg(s))
                    currentIndex: Math.max(0, speeds.indexOf(preferences.speed))
                    onActivated: index => preferences.speed = speeds[index]
                    ToolTip.visible: hovered
                    ToolTip.delay: 500
                    ToolTip.text: qsTr("Playback speed")
                }
                TransportButton {
                    objectName: "presentationButton"
                    iconName: "presentation"
                    toolTip: window.presenting ? qsTr("Leave presentation mode (F5)")
                                               : qsTr("Presentation mode (F5)")
                    checkable: true
                    checked: window.presenting
                    onClicked: preferences.presentation = !window.presenting
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "stepLabel"
                    text: {
                        const time = Number(session.cursorTime).toFixed(3)
                        return qsTr("Step %1 of %2 · iteration %3 · t = %4 s")
                            .arg(session.cursor).arg(session.stepCount)
                            .arg(session.iteration).arg(time)
                    }
                    font.pixelSize: window.presenting ? 22 : 16
                    font.bold: true
                }
            }
        }
    }
}
