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
    // A line the listing is in trouble at (a syntax error, a raise, a stall), marked in red with
    // its message below it; 0: none.
    property int errorLine: 0
    property string errorText

    onErrorLineChanged: if (errorLine > 0) positionViewAtIndex(errorLine - 1, ListView.Center)

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
        readonly property bool failing: index + 1 === root.errorLine

        width: Math.max(root.width, content.implicitWidth + 8)
        height: content.implicitHeight + 4 + (errorLabel.visible ? errorLabel.implicitHeight : 0)
        color: runner ? Qt.rgba(runner.color.r, runner.color.g, runner.color.b, 0.22)
                      : failing ? Qt.rgba(0.84, 0.37, 0, 0.18) : "transparent"

        Label {
            id: errorLabel

            objectName: "codeErrorLabel"
            visible: row.failing && root.errorText.length > 0
            anchors.bottom: parent.bottom
            x: 82
            width: root.width - x - 8
            bottomPadding: 4
            wrapMode: Text.WordWrap
            text: "↑ " + root.errorText
            textFormat: Text.PlainText
            color: "#D55E00"
            font.bold: true
            font.pixelSize: 14
        }

        Row {
            id: content

            y: 2
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
