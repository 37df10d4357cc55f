import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopscope

// Python settings: which interpreter traces a user's own program (CPython 3.11 or later, checked
// here), the real-time limit that ends a CPU loop, the step limit, the horizon, watch mode.
Dialog {
    id: root

    required property ProgramSettings settings

    title: qsTr("Python settings")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel | Dialog.RestoreDefaults
    width: 620

    onAboutToShow: {
        interpreter.text = settings.interpreter
        timeLimit.value = Math.round(settings.timeLimit)
        stepLimit.value = settings.stepLimit
        horizon.value = Math.round(settings.horizon)
        watch.checked = settings.watch
        settings.checkInterpreter("")
    }
    onAccepted: {
        settings.interpreter = interpreter.text
        settings.timeLimit = timeLimit.value
        settings.stepLimit = stepLimit.value
        settings.horizon = horizon.value
        settings.watch = watch.checked
    }
    onReset: {
        settings.resetToDefaults()
        aboutToShow()
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 10

        Label { text: qsTr("Interpreter") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: interpreter

                objectName: "interpreterField"
                Layout.fillWidth: true
                placeholderText: qsTr("python3 (from PATH) or a full path")
                selectByMouse: true
            }
            Button {
                text: qsTr("Check")
                onClicked: root.settings.checkInterpreter(interpreter.text)
            }
        }
        Item { width: 1; height: 1 }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.settings.interpreterStatus
            color: root.settings.interpreterOk ? palette.placeholderText : "#D55E00"
        }

        Label { text: qsTr("Real-time limit (s)") }
        SpinBox {
            id: timeLimit

            from: 1
            to: 600
            editable: true
            ToolTip.text: qsTr("A program still running after this long is stopped (a CPU loop with no await never ends).")
            ToolTip.visible: hovered
        }

        Label { text: qsTr("Step limit") }
        SpinBox {
            id: stepLimit

            from: 100
            to: 1000000
            stepSize: 1000
            editable: true
            ToolTip.text: qsTr("Task steps after which a run is stopped.")
            ToolTip.visible: hovered
        }

        Label { text: qsTr("Horizon (virtual s)") }
        SpinBox {
            id: horizon

            from: 1
            to: 86400
            editable: true
            ToolTip.text: qsTr("Virtual time at which a program that never ends is stopped.")
            ToolTip.visible: hovered
        }

        Item { width: 1; height: 1 }
        CheckBox {
            id: watch

            text: qsTr("Trace the program again when its file changes on disk")
        }
    }
}
