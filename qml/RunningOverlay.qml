import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopscope

// Covers the timeline while CPython traces a user's program: what runs, for how long so far, and
// a Cancel button. The window stays usable around it.
Rectangle {
    id: root

    required property Session session
    property int elapsed: 0 // seconds since the run began, for the label only

    visible: session.programRunning
    color: palette.window // above the timeline panel's own busy indicator
    onVisibleChanged: elapsed = 0

    Timer {
        interval: 1000
        repeat: true
        running: root.visible
        onTriggered: root.elapsed += 1
    }

    // Clicks stay with the overlay, not the timeline under it.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: wheel => wheel.accepted = true
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        spacing: 14

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: root.visible
        }
        Label {
            objectName: "runningLabel"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Tracing %1 under CPython on a virtual clock…").arg(root.session.runningProgram)
            font.pixelSize: 17
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("%n second(s) so far", "", root.elapsed)
            color: palette.placeholderText
            font.pixelSize: 14
        }
        Button {
            objectName: "cancelRunButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Cancel")
            font.pixelSize: 15
            onClicked: root.session.cancelProgram()
        }
    }
}
