<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Loopscope shows, step by step, how asyncio's event loop schedules coroutines.</source>
        <translation>Loopscope шаг за шагом показывает, как цикл событий asyncio планирует корутины.</translation>
    </message>
    <message>
        <source>List the built-in scenarios.</source>
        <translation>Показать встроенные сценарии.</translation>
    </message>
    <message>
        <source>Open a trace file (.json).</source>
        <translation>Открыть файл трассы (.json).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Write the timeline as an image (.png, .svg, .pdf).</source>
        <translation>Сохранить временную шкалу как изображение (.png, .svg, .pdf).</translation>
    </message>
    <message>
        <source>Image size (default 1920x1080).</source>
        <translation>Размер изображения (по умолчанию 1920x1080).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>ШxВ</translation>
    </message>
    <message>
        <source>light, dark or print.</source>
        <translation>light (светлая), dark (тёмная) или print (для печати).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>Title above the timeline.</source>
        <translation>Заголовок над временной шкалой.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT such as 1920x1080, not “%1”</source>
        <translation>--size ждёт ШИРИНАxВЫСОТА, например 1920x1080, а не «%1»</translation>
    </message>
    <message>
        <source>--theme is light, dark or print, not “%1”</source>
        <translation>--theme — это light, dark или print, а не «%1»</translation>
    </message>
    <message>
        <source>Run a built-in scenario (see --list).</source>
        <translation>Запустить встроенный сценарий (см. --list).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>Change a parameter of the scenario.</source>
        <translation>Изменить параметр сценария.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>имя=значение</translation>
    </message>
    <message>
        <source>Seed of the scenario's random numbers.</source>
        <translation>Зерно случайных чисел сценария.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Save the run's trace (.json).</source>
        <translation>Сохранить трассу прогона (.json).</translation>
    </message>
    <message>
        <source>nothing to do: give --export FILE or --trace FILE (see --help)</source>
        <translation>нечего делать: укажите --export ФАЙЛ или --trace ФАЙЛ (см. --help)</translation>
    </message>
    <message>
        <source>which run? give either --scenario ID or --open TRACE.json</source>
        <translation>какой прогон? укажите либо --scenario ИД, либо --open ТРАССА.json</translation>
    </message>
    <message>
        <source>there is no scenario “%1” (loopscope --list names them)</source>
        <translation>сценария «%1» нет (их список: loopscope --list)</translation>
    </message>
    <message>
        <source>--set wants NAME=VALUE, not “%1”</source>
        <translation>--set ждёт ИМЯ=ЗНАЧЕНИЕ, а не «%1»</translation>
    </message>
    <message>
        <source>the scenario %1 draws no random numbers: it has no seed</source>
        <translation>сценарий %1 не использует случайные числа: зерна у него нет</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot tell the image format from “%1”: use .png, .svg or .pdf</source>
        <translation>не понять формат изображения по «%1»: используйте .png, .svg или .pdf</translation>
    </message>
    <message>
        <source>the image size %1x%2 is not sensible: use 200x120 up to 16384x16384</source>
        <translation>размер изображения %1x%2 не подходит: допустимо от 200x120 до 16384x16384</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>asyncio timeline drawn by Loopscope</source>
        <translation>временная шкала asyncio, нарисованная Loopscope</translation>
    </message>
</context>
<context>
    <name>LoopView</name>
    <message>
        <source>step of %1</source>
        <translation>шаг %1</translation>
    </message>
    <message>
        <source>wakeup of %1, %2 has finished</source>
        <translation>пробуждение %1: %2 завершилась</translation>
    </message>
    <message>
        <source>wakeup of %1</source>
        <translation>пробуждение %1</translation>
    </message>
    <message>
        <source>a cancelled timer</source>
        <translation>отменённый таймер</translation>
    </message>
    <message>
        <source>%1(), %2 has finished</source>
        <translation>%1(): %2 завершилась</translation>
    </message>
    <message>
        <source>%1()</source>
        <translation>%1()</translation>
    </message>
    <message>
        <source>(timer %1)</source>
        <translation>(таймер %1)</translation>
    </message>
    <message>
        <source>— cancelled, skipped</source>
        <translation>— отменён, пропущен</translation>
    </message>
    <message>
        <source>This trace does not record the loop's internals (it was written by an older Loopscope).</source>
        <translation>В этой трассе нет внутреннего устройства цикла (её записала старая версия Loopscope).</translation>
    </message>
    <message>
        <source>Iteration %1 of the loop · t = %2 s</source>
        <translation>Итерация цикла %1 · t = %2 с</translation>
    </message>
    <message>
        <source>The loop has not run yet</source>
        <translation>Цикл ещё не запускался</translation>
    </message>
    <message>
        <source>Before this step the loop ran:</source>
        <translation>Перед этим шагом цикл выполнил:</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>nothing (before the first step)</source>
        <translation>ничего (до первого шага)</translation>
    </message>
    <message>
        <source>Ready queue (%1)</source>
        <translation>Очередь готовых (%1)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>next iteration</source>
        <translation>следующая итерация</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>Timers by deadline (%1)</source>
        <translation>Таймеры по сроку (%1)</translation>
    </message>
    <message>
        <source>none armed</source>
        <translation>ни одного</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>timer %1: %2, armed by %3</source>
        <translation>таймер %1: %2, завела %3</translation>
    </message>
    <message>
        <source>timer %1: %2</source>
        <translation>таймер %1: %2</translation>
    </message>
    <message>
        <source>Executor jobs</source>
        <translation>Задания пула потоков</translation>
    </message>
    <message>
        <source>job %1: %2() runs until %3 s</source>
        <translation>задание %1: %2() работает до %3 с</translation>
    </message>
    <message>
        <source>job %1: %2() waits for a worker, from %3 s to %4 s</source>
        <translation>задание %1: %2() ждёт свободный поток, с %3 до %4 с</translation>
    </message>
</context>
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
        <source>To start (Home)</source>
        <translation>В начало (Home)</translation>
    </message>
    <message>
        <source>Step back (←)</source>
        <translation>Шаг назад (←)</translation>
    </message>
    <message>
        <source>Step forward (→)</source>
        <translation>Шаг вперёд (→)</translation>
    </message>
    <message>
        <source>To end (End)</source>
        <translation>В конец (End)</translation>
    </message>
    <message>
        <source>Step %1 of %2 · t = %3 s</source>
        <translation>Шаг %1 из %2 · t = %3 с</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>line %1 `%2`</source>
        <translation>строке %1 `%2`</translation>
    </message>
    <message>
        <source>finishes</source>
        <translation>завершается</translation>
    </message>
    <message>
        <source>finishes, returning %1</source>
        <translation>завершается и возвращает %1</translation>
    </message>
    <message>
        <source>fails with %1</source>
        <translation>падает с %1</translation>
    </message>
    <message>
        <source>fails with %1: %2</source>
        <translation>падает с %1: %2</translation>
    </message>
    <message>
        <source>ends cancelled</source>
        <translation>завершается отменённой</translation>
    </message>
    <message>
        <source>goes to sleep until %1 s</source>
        <translation>засыпает до %1 с</translation>
    </message>
    <message>
        <source>yields to the loop with sleep(0)</source>
        <translation>уступает цикл через sleep(0)</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>ждёт %1</translation>
    </message>
    <message>
        <source>waits for a task</source>
        <translation>ждёт задачу</translation>
    </message>
    <message numerus="yes">
        <source>waits for a gather of %n task(s)</source>
        <translation><numerusform>ждёт gather из %n задачи</numerusform><numerusform>ждёт gather из %n задач</numerusform><numerusform>ждёт gather из %n задач</numerusform></translation>
    </message>
    <message>
        <source>waits behind a shield</source>
        <translation>ждёт за shield</translation>
    </message>
    <message>
        <source>waits in asyncio.wait</source>
        <translation>ждёт в asyncio.wait</translation>
    </message>
    <message>
        <source>waits in wait_for</source>
        <translation>ждёт в wait_for</translation>
    </message>
    <message>
        <source>waits in wait_for, at most until %1 s</source>
        <translation>ждёт в wait_for, не дольше чем до %1 с</translation>
    </message>
    <message>
        <source>waits for the next result of as_completed</source>
        <translation>ждёт следующий результат as_completed</translation>
    </message>
    <message>
        <source>waits at the end of its TaskGroup</source>
        <translation>ждёт в конце своей TaskGroup</translation>
    </message>
    <message>
        <source>waits for a job in a thread</source>
        <translation>ждёт задание в потоке</translation>
    </message>
    <message>
        <source>waits in %1</source>
        <translation>ждёт в %1</translation>
    </message>
    <message>
        <source>waits for a future</source>
        <translation>ждёт future</translation>
    </message>
    <message>
        <source>Nothing has run yet: asyncio.run is about to start %1.</source>
        <translation>Ещё ничего не выполнялось: asyncio.run вот-вот запустит %1.</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>программу</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>%1: %2 is thrown into it; it %3.</source>
        <translation>%1: в задачу брошено %2; она %3.</translation>
    </message>
    <message>
        <source>%1: %2 is thrown into it at %3; it %4.</source>
        <translation>%1: в задачу брошено %2 на %3; она %4.</translation>
    </message>
    <message>
        <source>%1 runs and %2 at %3.</source>
        <translation>%1 выполняется и %2 на %3.</translation>
    </message>
    <message>
        <source>%1 runs from %2 and %3.</source>
        <translation>%1 продолжает на %2 и %3.</translation>
    </message>
    <message>
        <source>%1 runs and %2.</source>
        <translation>%1 выполняется и %2.</translation>
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
    <message>
        <source>Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>cannot write a temporary file: %1</source>
        <translation>не удаётся записать временный файл: %1</translation>
    </message>
    <message>
        <source>CPython did not finish tracing %1 in 60 s</source>
        <translation>CPython не закончил трассировку %1 за 60 с</translation>
    </message>
    <message>
        <source>tracing %1 under CPython failed: %2</source>
        <translation>трассировка %1 в CPython не удалась: %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>there is no scenario “%1”</source>
        <translation>сценария «%1» нет</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>sleep until %1</source>
        <translation>sleep до %1</translation>
    </message>
    <message>
        <source>sleep(0)</source>
        <translation>sleep(0)</translation>
    </message>
    <message>
        <source>await %1</source>
        <translation>await %1</translation>
    </message>
    <message>
        <source>await a task</source>
        <translation>await задачи</translation>
    </message>
    <message numerus="yes">
        <source>gather of %n task(s)</source>
        <translation><numerusform>gather из %n задачи</numerusform><numerusform>gather из %n задач</numerusform><numerusform>gather из %n задач</numerusform></translation>
    </message>
    <message>
        <source>shield(%1)</source>
        <translation>shield(%1)</translation>
    </message>
    <message>
        <source>shield</source>
        <translation>shield</translation>
    </message>
    <message numerus="yes">
        <source>wait on %n task(s)</source>
        <translation><numerusform>wait на %n задаче</numerusform><numerusform>wait на %n задачах</numerusform><numerusform>wait на %n задачах</numerusform></translation>
    </message>
    <message>
        <source>wait_for(%1)</source>
        <translation>wait_for(%1)</translation>
    </message>
    <message>
        <source>wait_for</source>
        <translation>wait_for</translation>
    </message>
    <message>
        <source>as_completed</source>
        <translation>as_completed</translation>
    </message>
    <message numerus="yes">
        <source>TaskGroup: %n task(s) left</source>
        <translation><numerusform>TaskGroup: осталась %n задача</numerusform><numerusform>TaskGroup: осталось %n задачи</numerusform><numerusform>TaskGroup: осталось %n задач</numerusform></translation>
    </message>
    <message>
        <source>thread job</source>
        <translation>задание в потоке</translation>
    </message>
    <message>
        <source>a future</source>
        <translation>future</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>time.sleep(%1) blocks the loop</source>
        <translation>time.sleep(%1) блокирует цикл</translation>
    </message>
    <message>
        <source>thread job %1</source>
        <translation>задание в потоке %1</translation>
    </message>
    <message>
        <source>select() until %1</source>
        <translation>select() до %1</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>цикл событий</translation>
    </message>
    <message>
        <source>virtual time</source>
        <translation>виртуальное время</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готова</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>спит</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>ждёт</translation>
    </message>
    <message>
        <source>loop idle</source>
        <translation>цикл простаивает</translation>
    </message>
    <message>
        <source>loop blocked</source>
        <translation>цикл заблокирован</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>упала</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline — %1</source>
        <translation>Временная шкала — %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Временная шкала</translation>
    </message>
    <message>
        <source>Pick a scenario to see its timeline.</source>
        <translation>Выберите сценарий, чтобы увидеть его временную шкалу.</translation>
    </message>
</context>
<context>
    <name>TraceFile</name>
    <message>
        <source>event %1: %2</source>
        <translation>событие %1: %2</translation>
    </message>
    <message>
        <source>this is not a Loopscope trace (no "format": "loopscope-trace")</source>
        <translation>это не трасса Loopscope (нет "format": "loopscope-trace")</translation>
    </message>
    <message>
        <source>trace format version %1 is not supported (this Loopscope reads version 1)</source>
        <translation>версия формата трассы %1 не поддерживается (этот Loopscope читает версию 1)</translation>
    </message>
    <message>
        <source>the trace has no "events" list</source>
        <translation>в трассе нет списка "events"</translation>
    </message>
    <message>
        <source>the trace has no "tasks" table</source>
        <translation>в трассе нет таблицы "tasks"</translation>
    </message>
    <message>
        <source>task table entry %1: tasks must be numbered 1, 2, 3… in order</source>
        <translation>запись %1 таблицы задач: задачи должны идти по порядку с номерами 1, 2, 3…</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>не является объектом</translation>
    </message>
    <message>
        <source>the trace is cut short: its last event is not "end"</source>
        <translation>трасса оборвана: последнее событие — не "end"</translation>
    </message>
    <message>
        <source>has no virtual time "t"</source>
        <translation>не содержит виртуального времени "t"</translation>
    </message>
    <message>
        <source>goes back in time (t=%1 after t=%2)</source>
        <translation>идёт назад во времени (t=%1 после t=%2)</translation>
    </message>
    <message>
        <source>has an unknown kind "%1"</source>
        <translation>имеет неизвестный вид "%1"</translation>
    </message>
    <message>
        <source>(%1) names task %2, which is not in the task table</source>
        <translation>(%1) ссылается на задачу %2, которой нет в таблице задач</translation>
    </message>
    <message>
        <source>waits on something unknown: "%1"</source>
        <translation>ждёт чего-то неизвестного: "%1"</translation>
    </message>
    <message>
        <source>ends a task in an unknown state "%1"</source>
        <translation>завершает задачу в неизвестном состоянии "%1"</translation>
    </message>
    <message>
        <source>ends with an unknown status "%1"</source>
        <translation>завершается с неизвестным статусом "%1"</translation>
    </message>
    <message>
        <source>not valid JSON at line %1: %2</source>
        <translation>некорректный JSON в строке %1: %2</translation>
    </message>
    <message>
        <source>this is not a Loopscope trace (the file is not a JSON object)</source>
        <translation>это не трасса Loopscope (файл — не JSON-объект)</translation>
    </message>
    <message>
        <source>(iter) has no count "ready"</source>
        <translation>(iter) без счётчика «ready»</translation>
    </message>
    <message>
        <source>(sched) names a task that is not in the task table</source>
        <translation>(sched) называет задачу, которой нет в таблице задач</translation>
    </message>
    <message>
        <source>(sched) queues handle %1, expected %2</source>
        <translation>(sched) ставит в очередь обработчик %1, ожидался %2</translation>
    </message>
    <message>
        <source>(run) runs handle %1, which was never queued</source>
        <translation>(run) выполняет обработчик %1, которого не было в очереди</translation>
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