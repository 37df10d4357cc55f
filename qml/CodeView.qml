import QtQuick
import QtQuick.Controls

// The listing with line numbers. Every live task's current line carries a marker in the task's
// colour with its name; the running task's line is highlighted.
ListView {
    id: root

    property string source
    property var markers: [] // [{id, line, task, color, running}]
    property real fontPixels: 14

    // A click on a task's marker.
    signal taskClicked(int task)

    function markersOf(line) {
        return markers.filter(m => m.line === line)
    }

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    model: source.length > 0 ? source.replace(/\n$/, "").split("\n") : []
    delegate: Rectangle {
        id: row

        required property int index
        required property string modelData
        readonly property var here: root.markersOf(index + 1)
        readonly property var runner: here.find(m => m.running)

        width: Math.max(root.width, content.implicitWidth + 8)
        height: content.implicitHeight + 4
        color: runner ? Qt.rgba(runner.color.r, runner.color.g, runner.color.b, 0.22) : "transparent"

        Row {
            id: content

            anchors.verticalCenter: parent.verticalCenter
            spacing: 8

            Item {
                width: 36
                height: 14
                anchors.verticalCenter: parent.verticalCenter

                Row {
                anchors.right: parent.right
                spacing: 2
                Repeater {
                    model: row.here
                    delegate: Rectangle {
                        required property var modelData
                        width: 8
                        height: 14
                        radius: 2
                        color: modelData.color
                        ToolTip.text: qsTr("%1: click to see this task").arg(modelData.task)
                        ToolTip.visible: markerHover.hovered
                        HoverHandler { id: markerHover; cursorShape: Qt.PointingHandCursor }
                        TapHandler { onTapped: root.taskClicked(modelData.id) }
                    }
                }
                }
            }
            Label {
                width: 30
                horizontalAlignment: Text.AlignRight
                text: row.index + 1
                color: palette.placeholderText
                font.family: "DejaVu Sans Mono"
                font.pixelSize: root.fontPixels
            }
            Label {
                text: row.modelData
                textFormat: Text.PlainText
                font.family: "DejaVu Sans Mono"
                font.pixelSize: root.fontPixels
                font.bold: row.runner !== undefined
            }
        }
    }
    ScrollBar.vertical: ScrollBar {}
    ScrollBar.horizontal: ScrollBar {}
}
