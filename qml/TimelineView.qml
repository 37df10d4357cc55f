import QtQuick
import QtQuick.Controls
import Loopscope

// The timeline panel: the painted timeline, a busy indicator while a run is under way, the
// error of a failed run, the axis mode, and the tooltip of what is under the pointer.
Panel {
    id: root

    required property Session session
    property alias presentation: timeline.presentation
    property alias dark: timeline.dark
    property alias fontPixels: timeline.fontPixels

    // A click on a task's lane selected it (onLabel: on its name).
    signal taskClicked(int task, bool onLabel)
    readonly property alias timeline: timeline

    title: session.hasTrace ? qsTr("Timeline — %1").arg(session.title) : qsTr("Timeline")

    TimelineItem {
        id: timeline

        objectName: "timeline"
        anchors.fill: parent
        session: root.session
        fontPixels: 15
        onTaskClicked: (task, onLabel) => root.taskClicked(task, onLabel)

        // Pinch on a touchpad or a touch screen zooms around the fingers.
        PinchHandler {
            id: pinch

            target: null
            property real lastScale: 1
            onActiveChanged: lastScale = 1
            onActiveScaleChanged: {
                timeline.zoomBy(activeScale / lastScale, centroid.position.x)
                lastScale = activeScale
            }
        }

        ToolTip {
            id: tip

            objectName: "timelineToolTip"
            parent: timeline
            visible: timeline.hoverText.length > 0
            delay: 300
            text: timeline.hoverText
            font.pixelSize: Math.round(timeline.fontPixels * 0.95)
            width: Math.min(implicitWidth, Math.max(320, timeline.width * 0.55))
            x: Math.max(0, Math.min(timeline.hoverPosition.x + 16, timeline.width - width))
            y: timeline.hoverPosition.y + 24 + height < timeline.height
               ? timeline.hoverPosition.y + 24 : Math.max(0, timeline.hoverPosition.y - height - 8)
        }
    }

    // The axis: each busy instant widened (default), purely proportional time, one column per step.
    ComboBox {
        id: axisBox

        objectName: "axisMode"
        parent: root
        anchors.right: parent.right
        anchors.rightMargin: 6
        y: 3
        height: 30
        font.pixelSize: 14
        implicitContentWidthPolicy: ComboBox.WidestText
        currentIndex: root.session.axisMode
        model: [qsTr("Instants widened"), qsTr("Proportional time"), qsTr("One column per step")]
        onActivated: index => root.session.axisMode = index
        ToolTip.visible: hovered
        ToolTip.delay: 500
        ToolTip.text: qsTr("How the axis shows time: busy instants widened so their steps read left to right, purely proportional time, or one column per step")
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
