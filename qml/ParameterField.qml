import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One scenario parameter: its label, the value as text, and what is wrong with a rejected value.
ColumnLayout {
    id: root

    required property int index
    required property string name
    required property string label
    required property var value
    property string problem

    signal edited(string text)

    spacing: 2

    RowLayout {
        Layout.fillWidth: true

        Label {
            Layout.fillWidth: true
            text: root.label
            elide: Text.ElideRight
            font.pixelSize: 14
            ToolTip.text: root.name
            ToolTip.visible: labelHover.hovered
            HoverHandler { id: labelHover }
        }
        TextField {
            objectName: "parameter_" + root.name
            Layout.preferredWidth: 90
            text: String(root.value)
            horizontalAlignment: Text.AlignRight
            selectByMouse: true
            font.pixelSize: 14
            onEditingFinished: root.edited(text)
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.problem.length > 0
        text: root.problem
        wrapMode: Text.WordWrap
        color: "#D55E00"
        font.pixelSize: 13
    }
}
