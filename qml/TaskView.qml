import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopscope

// The selected task at the cursor: its coroutine, who created it, its state and what it awaits,
// and its history of events; a click on an event moves the cursor there. Everything it shows
// comes from Session.taskDetails (computed in C++ from the trace).
Item {
    id: root

    required property Session session
    property real fontPixels: 15
    readonly property var details: session.taskDetails
    readonly property bool hasTask: details.id !== undefined

    visible: hasTask

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Rectangle {
                Layout.preferredWidth: 6
                Layout.preferredHeight: nameLabel.implicitHeight
                radius: 2
                color: root.hasTask ? root.details.color : "transparent"
            }
            Label {
                id: nameLabel

                objectName: "taskName"
                Layout.fillWidth: true
                text: root.hasTask ? (root.details.coro.length > 0
                                      ? qsTr("%1 · %2").arg(root.details.name).arg(root.details.coro)
                                      : root.details.name) : ""
                font.bold: true
                font.pixelSize: root.fontPixels + 3
                elide: Text.ElideRight
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 4

            Label {
                text: qsTr("Created by")
                color: palette.placeholderText
                font.pixelSize: root.fontPixels
            }
            Label {
                Layout.fillWidth: true
                text: root.hasTask && root.details.parentName.length > 0
                      ? root.details.parentName : qsTr("asyncio.run (the main task)")
                font.pixelSize: root.fontPixels
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("At the cursor")
                color: palette.placeholderText
                font.pixelSize: root.fontPixels
            }
            Label {
                objectName: "taskState"
                Layout.fillWidth: true
                text: root.hasTask ? root.details.state : ""
                font.pixelSize: root.fontPixels
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Label {
                visible: awaitsLabel.visible
                text: qsTr("Waits on")
                color: palette.placeholderText
                font.pixelSize: root.fontPixels
            }
            Label {
                id: awaitsLabel

                objectName: "taskAwaits"
                Layout.fillWidth: true
                visible: root.hasTask && root.details.awaits.length > 0
                text: root.hasTask ? root.details.awaits : ""
                font.pixelSize: root.fontPixels
                wrapMode: Text.WordWrap
            }
            Label {
                visible: root.hasTask && root.details.line > 0
                text: qsTr("Line")
                color: palette.placeholderText
                font.pixelSize: root.fontPixels
            }
            Label {
                visible: root.hasTask && root.details.line > 0
                text: root.hasTask ? root.details.line : ""
                font.pixelSize: root.fontPixels
            }
        }

        Label {
            Layout.topMargin: 6
            text: qsTr("History (click an event to move the cursor there)")
            color: palette.placeholderText
            font.pixelSize: root.fontPixels - 1
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        ListView {
            id: history

            objectName: "taskHistory"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.hasTask ? root.details.history : []
            currentIndex: root.hasTask ? root.details.current : -1
            onCurrentIndexChanged: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: entry

                required property var modelData
                required property int index
                readonly property bool reached: index <= root.details.current

                width: ListView.view.width
                padding: 4
                highlighted: index === root.details.current
                onClicked: root.session.cursor = modelData.step
                contentItem: RowLayout {
                    spacing: 10

                    Label {
                        Layout.preferredWidth: root.fontPixels * 5
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("%1 s").arg(Number(entry.modelData.time).toFixed(3))
                        font.family: "DejaVu Sans Mono"
                        font.pixelSize: root.fontPixels - 1
                        color: entry.highlighted ? palette.highlightedText : palette.placeholderText
                    }
                    Label {
                        Layout.preferredWidth: root.fontPixels * 4.5
                        text: qsTr("step %1").arg(entry.modelData.step)
                        font.pixelSize: root.fontPixels - 1
                        color: entry.highlighted ? palette.highlightedText : palette.placeholderText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.text
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        font.pixelSize: root.fontPixels
                        opacity: entry.reached ? 1 : 0.55
                        color: entry.highlighted ? palette.highlightedText : palette.text
                    }
                }
            }
        }
    }
}
