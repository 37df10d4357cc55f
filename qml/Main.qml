import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window

    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: qsTr("Loopscope")

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
        }

        Panel {
            objectName: "timelinePanel"
            SplitView.fillWidth: true
            SplitView.minimumWidth: 400
            title: qsTr("Timeline")
            placeholder: qsTr("Pick a scenario to see its timeline.")
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
                        title: qsTr("Listing")
                        placeholder: qsTr("The scenario's Python listing appears here.")
                    }
                    Panel {
                        title: qsTr("Output")
                        placeholder: qsTr("What the program prints, up to the cursor.")
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

            TransportButton { iconName: "to-start"; toolTip: qsTr("To start") }
            TransportButton { iconName: "step-back"; toolTip: qsTr("Step back") }
            TransportButton { iconName: "play"; toolTip: qsTr("Play") }
            TransportButton { iconName: "step-forward"; toolTip: qsTr("Step forward") }
            TransportButton { iconName: "to-end"; toolTip: qsTr("To end") }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Step %1 · t = %2 s").arg(0).arg(Number(0).toFixed(3))
                font.pixelSize: 15
            }
        }
    }
}
