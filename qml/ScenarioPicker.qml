import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Loopscope

// The catalogue, grouped by category, with a search field; the selected scenario's explanation
// and parameters below. Emits `runRequested` with the parameters a user changed.
Panel {
    id: root

    property string currentId
    readonly property alias parameters: parameterModel

    signal runRequested(string scenarioId, var values)

    title: qsTr("Scenarios")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8

        TextField {
            id: search

            objectName: "scenarioSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search: gather, timeout, Lock…")
            selectByMouse: true
            font.pixelSize: 15
        }

        ListView {
            id: list

            objectName: "scenarioList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            currentIndex: scenarios.rowOf(root.currentId)
            model: ScenarioListModel {
                id: scenarios

                filter: search.text
                language: Qt.uiLanguage
            }
            section.property: "categoryName"
            section.delegate: Label {
                required property string section

                width: ListView.view.width
                topPadding: 10
                bottomPadding: 4
                leftPadding: 4
                text: section
                font.bold: true
                font.pixelSize: 13
                font.capitalization: Font.AllUppercase
                color: palette.placeholderText
            }
            delegate: ItemDelegate {
                required property int index
                required property string scenarioId
                required property string title

                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                text: title
                font.pixelSize: 15
                onClicked: root.currentId = scenarioId
            }
            ScrollBar.vertical: ScrollBar {}

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No scenario matches “%1”.").arg(search.text)
                color: palette.placeholderText
            }
        }

        Label {
            objectName: "scenarioExplanation"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            textFormat: Text.MarkdownText // explanations quote code as `await task1`
            font.pixelSize: 14
            text: list.currentItem ? scenarios.data(scenarios.index(list.currentIndex, 0),
                                                    ScenarioListModel.ExplanationRole) : ""
        }

        GridLayout {
            Layout.fillWidth: true
            visible: parameterModel.count > 0
            columns: 2
            columnSpacing: 8
            rowSpacing: 4

            Repeater {
                model: ParameterModel {
                    id: parameterModel

                    scenario: root.currentId
                    language: Qt.uiLanguage
                }

                delegate: ParameterField {
                    Layout.fillWidth: true
                    Layout.columnSpan: 2
                    onEdited: (text) => {
                        problem = parameterModel.setValue(index, text)
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: parameterModel.count > 0

            Button {
                text: qsTr("Defaults")
                enabled: parameterModel.modified
                onClicked: {
                    parameterModel.resetToDefaults()
                    root.runRequested(root.currentId, parameterModel.values())
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "runButton"
                text: qsTr("Run")
                highlighted: true
                onClicked: root.runRequested(root.currentId, parameterModel.values())
            }
        }
    }
}
