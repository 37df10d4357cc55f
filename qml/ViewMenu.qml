import QtQuick
import QtQuick.Controls
import Loopscope

// The View menu: theme, presentation mode, the timeline's axis and zoom.
Menu {
    id: root

    required property Preferences preferences
    required property Session session
    signal zoomIn()
    signal zoomOut()
    signal fitAll()

    title: qsTr("&View")
    // Wide enough for the longest entry, in English and in Russian.
    width: {
        let widest = 0
        for (let i = 0; i < count; ++i)
            widest = Math.max(widest, itemAt(i) ? itemAt(i).implicitWidth : 0)
        return Math.max(220, widest + leftPadding + rightPadding)
    }

    ActionGroup { id: themes }
    Action {
        text: qsTr("Theme: follow the system")
        checkable: true
        checked: root.preferences.theme === "system"
        ActionGroup.group: themes
        onTriggered: root.preferences.theme = "system"
    }
    Action {
        text: qsTr("Theme: light")
        checkable: true
        checked: root.preferences.theme === "light"
        ActionGroup.group: themes
        onTriggered: root.preferences.theme = "light"
    }
    Action {
        text: qsTr("Theme: dark")
        checkable: true
        checked: root.preferences.theme === "dark"
        ActionGroup.group: themes
        onTriggered: root.preferences.theme = "dark"
    }
    MenuSeparator {}
    Action {
        text: qsTr("&Presentation mode (F5)")
        checkable: true
        checked: root.preferences.presentation
        onTriggered: root.preferences.presentation = checked
    }
    Action {
        text: qsTr("Side panels in presentation mode")
        checkable: true
        checked: root.preferences.panelsInPresentation
        onTriggered: root.preferences.panelsInPresentation = checked
    }
    MenuSeparator {}
    ActionGroup { id: axes }
    Action {
        text: qsTr("Axis: busy instants widened")
        checkable: true
        checked: root.session.axisMode === 0
        ActionGroup.group: axes
        onTriggered: root.session.axisMode = 0
    }
    Action {
        text: qsTr("Axis: proportional time")
        checkable: true
        checked: root.session.axisMode === 1
        ActionGroup.group: axes
        onTriggered: root.session.axisMode = 1
    }
    Action {
        text: qsTr("Axis: one column per step")
        checkable: true
        checked: root.session.axisMode === 2
        ActionGroup.group: axes
        onTriggered: root.session.axisMode = 2
    }
    MenuSeparator {}
    Action {
        text: qsTr("Zoom in (+)")
        onTriggered: root.zoomIn()
    }
    Action {
        text: qsTr("Zoom out (−)")
        onTriggered: root.zoomOut()
    }
    Action {
        text: qsTr("Fit all (0)")
        onTriggered: root.fitAll()
    }
}
