import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopscope

// How the run of a user's own program ended, across the bottom of the timeline: a syntax error,
// an exception, the horizon, a stall, the step limit, a kill… Red for an error, amber for a note.
// Hidden for a program that simply finished.
Rectangle {
    id: root

    required property Session session
    readonly property var outcome: session.programOutcome
    readonly property bool shown: outcome.headline !== undefined && outcome.headline.length > 0
                                  && !dismissed
    property bool dismissed: false
    readonly property color accent: outcome.error ? "#D55E00" : "#E69F00"

    visible: shown && !session.programRunning
    implicitHeight: layout.implicitHeight + 20
    // Opaque: the lanes under it must not show through the text.
    color: Qt.tint(palette.window, Qt.rgba(accent.r, accent.g, accent.b, 0.16))
    border.color: accent
    border.width: 1
    radius: 4

    Connections {
        target: root.session
        function onProgramChanged() { root.dismissed = false }
    }

    Rectangle {
        width: 5
        height: parent.height
        radius: 2
        color: root.accent
    }

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.leftMargin: 18
        anchors.rightMargin: 8
        anchors.topMargin: 10
        anchors.bottomMargin: 10
        spacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4

            Label {
                objectName: "outcomeHeadline"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: root.outcome.headline || ""
                textFormat: Text.PlainText
                font.bold: true
                font.pixelSize: 16
            }
            Label {
                objectName: "outcomeDetail"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: root.outcome.detail || ""
                textFormat: Text.PlainText
                font.pixelSize: 15
            }
        }
        Button {
            visible: root.session.programPath.length > 0
            text: qsTr("Trace again")
            onClicked: root.session.traceProgramAgain()
        }
        ToolButton {
            text: "✕"
            ToolTip.text: qsTr("Hide this message")
            ToolTip.visible: hovered
            onClicked: root.dismissed = true
        }
    }
}
