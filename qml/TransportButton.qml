import QtQuick
import QtQuick.Controls

// A transport control: an icon from resources/icons, tinted with the theme's text colour, and a
// tooltip that names it.
ToolButton {
    id: root

    property string iconName
    property string toolTip

    icon.source: "icons/" + iconName + ".svg"
    icon.width: 22
    icon.height: 22
    icon.color: palette.buttonText
    display: AbstractButton.IconOnly
    ToolTip.text: toolTip
    ToolTip.visible: hovered
    ToolTip.delay: 500
    Accessible.name: toolTip
}
