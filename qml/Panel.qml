import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A titled panel of the main window. Its content goes below the header; `placeholder` is the
// sentence shown while the panel has nothing to show yet.
Pane {
    id: root

    property string title
    property string placeholder
    default property alias content: body.data

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            leftPadding: 12
            topPadding: 8
            bottomPadding: 8
            text: root.title
            font.bold: true
            font.pixelSize: 15
            background: Rectangle { color: root.palette.alternateBase }
        }

        Item {
            id: body

            Layout.fillWidth: true
            Layout.fillHeight: true

            Label {
                id: placeholderLabel

                anchors.centerIn: parent
                width: parent.width - 32
                // Shown while no other content of the panel is visible.
                visible: {
                    for (let i = 0; i < body.children.length; ++i) {
                        const child = body.children[i]
                        if (child !== placeholderLabel && child.visible)
                            return false
                    }
                    return true
                }
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: root.placeholder
                color: root.palette.placeholderText
                font.pixelSize: 15
            }
        }
    }
}
