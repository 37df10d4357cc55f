import QtQuick
import QtQuick.Controls

// What the program printed up to the cursor, each line with its time and the task that printed it.
ListView {
    id: root

    property var lines: [] // [{time, task, color, text}]
    // Shown after the lines, in red: the traceback of a program that failed, once the cursor
    // reaches its end.
    property string tracebackText

    clip: true
    boundsBehavior: Flickable.StopAtBounds
    model: lines
    onCountChanged: positionViewAtEnd()
    onTracebackTextChanged: Qt.callLater(positionViewAtEnd)
    footer: Label {
        objectName: "consoleTraceback"
        visible: root.tracebackText.length > 0
        height: visible ? implicitHeight : 0
        leftPadding: 8
        topPadding: 6
        text: root.tracebackText.replace(/\n$/, "")
        textFormat: Text.PlainText
        color: "#D55E00"
        font.family: "DejaVu Sans Mono"
        font.pixelSize: 14
    }
    delegate: Row {
        required property var modelData

        spacing: 10
        Label {
            width: 64
            horizontalAlignment: Text.AlignRight
            text: qsTr("%1 s").arg(Number(modelData.time).toFixed(3))
            color: palette.placeholderText
            font.family: "DejaVu Sans Mono"
            font.pixelSize: 13
        }
        Label {
            width: 70
            text: modelData.task
            color: modelData.task.length > 0 ? modelData.color : palette.placeholderText
            font.bold: true
            font.pixelSize: 13
            elide: Text.ElideRight
        }
        Label {
            text: modelData.text
            textFormat: Text.PlainText
            font.family: "DejaVu Sans Mono"
            font.pixelSize: 14
        }
    }
    ScrollBar.vertical: ScrollBar {}
}
