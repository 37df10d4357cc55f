import QtQuick
import QtQuick.Controls
import Loopscope

// The timeline panel: the painted timeline, a busy indicator while a run is under way, the
// error of a failed run, and the tooltip of what is under the pointer.
Panel {
    id: root

    required property Session session
    property alias presentation: timeline.presentation
    property alias dark: timeline.dark
    readonly property alias timeline: timeline

    title: session.hasTrace ? qsTr("Timeline — %1").arg(session.title) : qsTr("Timeline")

    TimelineItem {
        id: timeline

        objectName: "timeline"
        anchors.fill: parent
        session: root.session
        fontPixels: 15

        ToolTip.visible: hoverText.length > 0
        ToolTip.text: hoverText
        ToolTip.delay: 300
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: root.session.busy
        visible: running
    }

    Label {
        anchors.centerIn: parent
        width: parent.width * 0.7
        visible: !root.session.hasTrace && !root.session.busy
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: root.session.error.length > 0 ? root.session.error
                                             : qsTr("Pick a scenario to see its timeline.")
        color: root.session.error.length > 0 ? "#D55E00" : palette.placeholderText
        font.pixelSize: 15
    }

    function zoomIn() { timeline.zoomBy(1.5) }
    function zoomOut() { timeline.zoomBy(1 / 1.5) }
    function fitAll() { timeline.fitAll() }
}
