<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Main</name>
    <message>
        <source>Loopscope</source>
        <translation>Loopscope</translation>
    </message>
    <message>
        <source>How asyncio's event loop schedules coroutines, step by step</source>
        <translation>Как цикл событий asyncio планирует корутины, шаг за шагом</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Временная шкала</translation>
    </message>
    <message>
        <source>Pick a scenario to see its timeline.</source>
        <translation>Выберите сценарий, чтобы увидеть его временную шкалу.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Листинг</translation>
    </message>
    <message>
        <source>The scenario's Python listing appears here.</source>
        <translation>Здесь появится листинг сценария на Python.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>What the program prints, up to the cursor.</source>
        <translation>То, что программа напечатала до курсора.</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>Цикл событий</translation>
    </message>
    <message>
        <source>The ready queue and the timer heap at the cursor.</source>
        <translation>Очередь готовых задач и куча таймеров в позиции курсора.</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>Выбранная задача</translation>
    </message>
    <message>
        <source>Click a task's lane to see its history.</source>
        <translation>Щёлкните по дорожке задачи, чтобы увидеть её историю.</translation>
    </message>
    <message>
        <source>To start</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Шаг вперёд</translation>
    </message>
    <message>
        <source>To end</source>
        <translation>В конец</translation>
    </message>
    <message>
        <source>Step %1 · t = %2 s</source>
        <translation>Шаг %1 · t = %2 с</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>%1 must be a number, not “%2”.</source>
        <translation>Параметр %1 должен быть числом, а не «%2».</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>Параметр %1 должен быть целым числом, а не %2.</translation>
    </message>
    <message>
        <source>%1 must lie between %2 and %3, not %4.</source>
        <translation>Параметр %1 должен быть в пределах от %2 до %3, а не %4.</translation>
    </message>
    <message>
        <source>There is no such parameter.</source>
        <translation>Такого параметра нет.</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Search: gather, timeout, Lock…</source>
        <translation>Поиск: gather, timeout, Lock…</translation>
    </message>
    <message>
        <source>No scenario matches “%1”.</source>
        <translation>Ни один сценарий не подходит под «%1».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>loopscope: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); run it under a virtual one: xvfb-run -a scripts/run</source>
        <translation>loopscope: нет дисплея, на котором можно открыть окно (не заданы ни DISPLAY, ни WAYLAND_DISPLAY); запустите под виртуальным: xvfb-run -a scripts/run</translation>
    </message>
</context>
</TS>