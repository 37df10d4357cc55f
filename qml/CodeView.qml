import QtQuick
import QtQuick.Controls

// The listing with line numbers, in a monospace font.
ListView {
    id: root

    property string source

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    model: source.length > 0 ? source.replace(/\n$/, "").split("\n") : []
    delegate: Row {
        required property int index
        required property string modelData

        spacing: 12
        Label {
            width: 36
            horizontalAlignment: Text.AlignRight
            text: index + 1
            color: palette.placeholderText
            font.family: "DejaVu Sans Mono"
            font.pixelSize: 14
        }
        Label {
            text: modelData
            textFormat: Text.PlainText
            font.family: "DejaVu Sans Mono"
            font.pixelSize: 14
        }
    }
    ScrollBar.vertical: ScrollBar {}
    ScrollBar.horizontal: ScrollBar {}
}
