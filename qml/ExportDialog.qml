import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Loopscope

// File > Export image… (Ctrl+E): format, size, theme, range, title and what goes on the slide,
// with a live preview of exactly what will be written. The export runs off the GUI thread
// (Exporter); a sequence shows its progress and can be cancelled.
Dialog {
    id: root

    required property Exporter exporter
    // The timeline on screen: its visible part is the "visible part" range.
    property var timeline: null

    title: qsTr("Export image")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 80 : 1200, 1240)
    height: Math.min(parent ? parent.height - 80 : 760, 760)
    padding: 16

    // Size presets: [label, width, height]; the last is "custom".
    readonly property var presets: [
        [qsTr("1920 × 1080 (16:9, Full HD)"), 1920, 1080],
        [qsTr("3840 × 2160 (16:9, 4K)"), 3840, 2160],
        [qsTr("1440 × 1080 (4:3)"), 1440, 1080],
        [qsTr("A4 landscape (297 × 210 mm)"), 1123, 794],
        [qsTr("Custom"), 0, 0]
    ]
    readonly property var formats: ["png", "svg", "pdf"]

    onAboutToShow: {
        if (timeline) {
            const r = timeline.visibleRange()
            exporter.visibleX0 = r.x
            exporter.visibleX1 = r.y
        }
        titleField.text = ""
    }

    function applyPreset(index) {
        const p = presets[index]
        if (p[1] > 0) {
            exporter.imageWidth = p[1]
            exporter.imageHeight = p[2]
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Export image as")
        fileMode: FileDialog.SaveFile
        selectedFile: root.exporter.suggestedFile(root.exporter.format)
        nameFilters: [exporter.format === "png" ? qsTr("PNG images (*.png)")
                      : exporter.format === "svg" ? qsTr("SVG drawings (*.svg)")
                      : qsTr("PDF documents (*.pdf)")]
        onAccepted: exporter.exportImage(selectedFile)
    }
    FolderDialog {
        id: folderDialog

        title: qsTr("Folder for the numbered images")
        onAccepted: exporter.exportSequence(selectedFolder, perInstant.checked)
    }

    contentItem: Item {
        ColumnLayout {
            id: controls

            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: 380
            spacing: 8

            GridLayout {
                columns: 2
                columnSpacing: 10
                rowSpacing: 8
                Layout.fillWidth: true

                Label { text: qsTr("Format") }
                ComboBox {
                    id: formatBox

                    objectName: "exportFormat"
                    Layout.fillWidth: true
                    model: ["PNG", "SVG", "PDF"]
                    currentIndex: root.formats.indexOf(root.exporter.format)
                    onActivated: index => root.exporter.format = root.formats[index]
                }

                Label { text: qsTr("Size") }
                ComboBox {
                    id: sizeBox

                    objectName: "exportSize"
                    Layout.fillWidth: true
                    model: root.presets.map(p => p[0])
                    currentIndex: {
                        const i = root.presets.findIndex(p => p[1] === root.exporter.imageWidth
                                                         && p[2] === root.exporter.imageHeight)
                        return i >= 0 ? i : root.presets.length - 1
                    }
                    onActivated: index => root.applyPreset(index)
                }

                Label { text: qsTr("Pixels"); visible: sizeBox.currentIndex === 4 }
                RowLayout {
                    visible: sizeBox.currentIndex === 4
                    SpinBox {
                        id: widthBox

                        from: 200; to: 16384; value: root.exporter.imageWidth; editable: true
                        onValueModified: root.exporter.imageWidth = value
                    }
                    Label { text: "×" }
                    SpinBox {
                        id: heightBox

                        from: 120; to: 16384; value: root.exporter.imageHeight; editable: true
                        onValueModified: root.exporter.imageHeight = value
                    }
                }

                Label { text: qsTr("Theme") }
                ComboBox {
                    objectName: "exportTheme"
                    Layout.fillWidth: true
                    model: [qsTr("Light"), qsTr("Dark (projector)"), qsTr("Print (black on white)")]
                    currentIndex: ["light", "dark", "print"].indexOf(root.exporter.theme)
                    onActivated: index => root.exporter.theme = ["light", "dark", "print"][index]
                }

                Label { text: qsTr("Range") }
                ComboBox {
                    objectName: "exportRange"
                    Layout.fillWidth: true
                    model: [qsTr("The whole run"), qsTr("The visible part"),
                            qsTr("Up to the cursor")]
                    currentIndex: ["all", "visible", "cursor"].indexOf(root.exporter.range)
                    onActivated: index => root.exporter.range = ["all", "visible", "cursor"][index]
                }

                Label { text: qsTr("Title") }
                TextField {
                    id: titleField

                    Layout.fillWidth: true
                    placeholderText: root.exporter.defaultTitle
                    onTextEdited: root.exporter.title = text
                }
            }

            CheckBox {
                Layout.fillWidth: true
                text: qsTr("Legend")
                checked: root.exporter.legend
                onToggled: root.exporter.legend = checked
            }
            CheckBox {
                Layout.fillWidth: true
                text: qsTr("Listing beside it (the cursor's lines marked)")
                checked: root.exporter.withCode
                onToggled: root.exporter.withCode = checked
            }
            CheckBox {
                Layout.fillWidth: true
                text: qsTr("Console (printed up to the cursor)")
                checked: root.exporter.withConsole
                onToggled: root.exporter.withConsole = checked
            }

            Label {
                Layout.fillWidth: true
                visible: root.exporter.sizeProblem.length > 0
                text: root.exporter.sizeProblem
                wrapMode: Text.WordWrap
                color: "#D55E00"
            }

            Item { Layout.fillHeight: true }

            GroupBox {
                title: qsTr("Step sequence, for animated slides")
                Layout.fillWidth: true

                ColumnLayout {
                    width: parent.width

                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: qsTr("One image per step, each drawn up to its step, numbered in a folder.")
                        color: palette.placeholderText
                    }
                    CheckBox {
                        id: perInstant

                        text: qsTr("One image per instant instead")
                    }
                    Button {
                        text: qsTr("Export sequence…")
                        enabled: !root.exporter.busy && root.exporter.sizeProblem.length === 0
                        onClicked: folderDialog.open()
                    }
                }
            }

            ProgressBar {
                Layout.fillWidth: true
                visible: root.exporter.busy
                value: root.exporter.progress
            }
            Label {
                objectName: "exportStatus"
                Layout.fillWidth: true
                text: root.exporter.status
                wrapMode: Text.WordWrap
                color: root.exporter.failed ? "#D55E00" : palette.text
            }
            RowLayout {
                Layout.fillWidth: true

                Button {
                    objectName: "exportButton"
                    text: qsTr("Export…")
                    highlighted: true
                    enabled: !root.exporter.busy && root.exporter.sizeProblem.length === 0
                    onClicked: fileDialog.open()
                }
                Button {
                    text: qsTr("Cancel export")
                    visible: root.exporter.busy
                    onClicked: root.exporter.cancel()
                }
                Item { Layout.fillWidth: true }
                Button {
                    text: qsTr("Close")
                    onClicked: root.close()
                }
            }
        }

        Rectangle {
            anchors.left: controls.right
            anchors.leftMargin: 16
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            color: palette.mid

            ExportPreview {
                objectName: "exportPreview"
                anchors.fill: parent
                anchors.margins: 8
                exporter: root.exporter
            }
            Label {
                anchors.bottom: parent.bottom
                anchors.right: parent.right
                anchors.margins: 12
                text: qsTr("Preview: %1 × %2").arg(root.exporter.imageWidth).arg(root.exporter.imageHeight)
                color: palette.placeholderText
            }
        }
    }
}
