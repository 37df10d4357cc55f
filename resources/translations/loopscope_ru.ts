<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ChromeTrace</name>
    <message>
        <source>step</source>
        <translation>шаг</translation>
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
        <translation>ожидает</translation>
    </message>
    <message>
        <source>blocking the loop</source>
        <translation>блокирует цикл</translation>
    </message>
    <message>
        <source>%1 (Loopscope: 1 ms = one task step; virtual time in each slice&apos;s args)</source>
        <translation>%1 (Loopscope: 1 мс = один шаг задачи; виртуальное время — в аргументах каждого отрезка)</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>цикл событий</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>простой</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>упала</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>creates</source>
        <translation>создаёт</translation>
    </message>
    <message>
        <source>wakes</source>
        <translation>будит</translation>
    </message>
    <message>
        <source>cancels</source>
        <translation>отменяет</translation>
    </message>
    <message>
        <source>raises in</source>
        <translation>бросает исключение в</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>%1: click to see this task</source>
        <translation>%1: нажмите, чтобы увидеть эту задачу</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Loopscope shows, step by step, how asyncio&apos;s event loop schedules coroutines.</source>
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
        <source>Seed of the scenario&apos;s random numbers.</source>
        <translation>Зерно случайных чисел сценария.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Save the run&apos;s trace (.json).</source>
        <translation>Сохранить трассу прогона (.json).</translation>
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
    <message>
        <source>Image format: png, svg or pdf (default: from the file&apos;s extension).</source>
        <translation>Формат изображения: png, svg или pdf (по умолчанию — по расширению файла).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>all: the whole run; cursor: the run up to --cursor.</source>
        <translation>all — весь запуск; cursor — запуск до --cursor.</translation>
    </message>
    <message>
        <source>range</source>
        <translation>диапазон</translation>
    </message>
    <message>
        <source>Put the cursor after step N (0: before the first step).</source>
        <translation>Поставить курсор после шага N (0 — перед первым шагом).</translation>
    </message>
    <message>
        <source>Show the listing beside the timeline, the cursor&apos;s lines marked.</source>
        <translation>Показать листинг рядом с временной шкалой, отметив строки курсора.</translation>
    </message>
    <message>
        <source>Show what was printed (up to the cursor) beside the timeline.</source>
        <translation>Показать напечатанное (до курсора) рядом с временной шкалой.</translation>
    </message>
    <message>
        <source>Leave the legend out.</source>
        <translation>Не рисовать легенду.</translation>
    </message>
    <message>
        <source>Write one image per step into a folder, numbered, for animated slides.</source>
        <translation>Записать по изображению на каждый шаг в папку, с номерами, для анимированных слайдов.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>step: an image after every step; instant: one per instant of virtual time.</source>
        <translation>step — изображение после каждого шага; instant — по одному на момент виртуального времени.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>единица</translation>
    </message>
    <message>
        <source>Save the run in the Chrome trace event format (opens in Perfetto).</source>
        <translation>Сохранить запуск в формате Chrome trace event (открывается в Perfetto).</translation>
    </message>
    <message>
        <source>unexpected argument “%1” (see --help)</source>
        <translation>лишний аргумент «%1» (см. --help)</translation>
    </message>
    <message>
        <source>nothing to do: give --export FILE, --sequence FOLDER, --trace FILE or --chrome-trace FILE (see --help)</source>
        <translation>нечего делать: укажите --export ФАЙЛ, --sequence ПАПКА, --trace ФАЙЛ или --chrome-trace ФАЙЛ (см. --help)</translation>
    </message>
    <message>
        <source>--format is png, svg or pdf, not “%1”</source>
        <translation>--format — это png, svg или pdf, а не «%1»</translation>
    </message>
    <message>
        <source>--range is all or cursor, not “%1”</source>
        <translation>--range — это all или cursor, а не «%1»</translation>
    </message>
    <message>
        <source>--cursor wants a step number (0, 1, 2…), not “%1”</source>
        <translation>--cursor ждёт номер шага (0, 1, 2…), а не «%1»</translation>
    </message>
    <message>
        <source>--range cursor needs --cursor STEP</source>
        <translation>для --range cursor нужен --cursor ШАГ</translation>
    </message>
    <message>
        <source>--sequence-by is step or instant, not “%1”</source>
        <translation>--sequence-by — это step или instant, а не «%1»</translation>
    </message>
    <message>
        <source>cannot tell the image format from “%1”: use .png, .svg or .pdf, or give --format</source>
        <translation>по имени «%1» не понять формат изображения: используйте .png, .svg или .pdf либо укажите --format</translation>
    </message>
    <message>
        <source>the run has %1 steps: --cursor is 0 to %1, not %2</source>
        <translation>в запуске %1 шагов: --cursor от 0 до %1, а не %2</translation>
    </message>
    <message>
        <source>%1 images in %2</source>
        <translation>%1 изображений в %2</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not “%1”</source>
        <translation>--seed ждёт целое число, а не «%1»</translation>
    </message>
    <message>
        <source>--horizon wants a positive number of seconds, not “%1”</source>
        <translation>--horizon ждёт положительное число секунд, а не «%1»</translation>
    </message>
    <message>
        <source>Trace your own asyncio program under CPython (with no --export or --trace: open it in the window).</source>
        <translation>Трассировать свою программу на asyncio под CPython (без --export и --trace — открыть её в окне).</translation>
    </message>
    <message>
        <source>program.py</source>
        <translation>программа.py</translation>
    </message>
    <message>
        <source>Virtual time at which --python stops a program that never ends.</source>
        <translation>Виртуальное время, на котором --python останавливает бесконечную программу.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>which run? give one of --scenario ID, --open TRACE.json or --python PROGRAM.py</source>
        <translation>какой прогон? укажите одно из: --scenario ИД, --open ТРАССА.json или --python ПРОГРАММА.py</translation>
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
    <message>
        <source>the image format is png, svg or pdf, not “%1”</source>
        <translation>формат изображения — png, svg или pdf, а не «%1»</translation>
    </message>
    <message>
        <source>not enough memory for a %1x%2 image</source>
        <translation>не хватает памяти для изображения %1x%2</translation>
    </message>
    <message>
        <source>no folder given for the sequence</source>
        <translation>не указана папка для последовательности</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 — файл, а не папка</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 images</source>
        <translation>отменено после %1 из %2 изображений</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <source>1920 × 1080 (16:9, Full HD)</source>
        <translation>1920 × 1080 (16:9, Full HD)</translation>
    </message>
    <message>
        <source>3840 × 2160 (16:9, 4K)</source>
        <translation>3840 × 2160 (16:9, 4K)</translation>
    </message>
    <message>
        <source>1440 × 1080 (4:3)</source>
        <translation>1440 × 1080 (4:3)</translation>
    </message>
    <message>
        <source>A4 landscape (297 × 210 mm)</source>
        <translation>A4 альбомный (297 × 210 мм)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>Export image as</source>
        <translation>Экспортировать изображение как</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the numbered images</source>
        <translation>Папка для пронумерованных изображений</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Пиксели</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark (projector)</source>
        <translation>Тёмная (для проектора)</translation>
    </message>
    <message>
        <source>Print (black on white)</source>
        <translation>Печать (чёрным по белому)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>The whole run</source>
        <translation>Весь запуск</translation>
    </message>
    <message>
        <source>The visible part</source>
        <translation>Видимая часть</translation>
    </message>
    <message>
        <source>Up to the cursor</source>
        <translation>До курсора</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Listing beside it (the cursor&apos;s lines marked)</source>
        <translation>Листинг рядом (строки курсора отмечены)</translation>
    </message>
    <message>
        <source>Console (printed up to the cursor)</source>
        <translation>Консоль (напечатанное до курсора)</translation>
    </message>
    <message>
        <source>Step sequence, for animated slides</source>
        <translation>Кадры для анимированных слайдов</translation>
    </message>
    <message>
        <source>One image per step, each drawn up to its step, numbered in a folder.</source>
        <translation>По изображению на шаг, каждое нарисовано до своего шага, с номерами, в папку.</translation>
    </message>
    <message>
        <source>One image per instant instead</source>
        <translation>Вместо этого — по изображению на момент времени</translation>
    </message>
    <message>
        <source>Export sequence…</source>
        <translation>Экспортировать последовательность…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Preview: %1 × %2</source>
        <translation>Предпросмотр: %1 × %2</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1 of %2 images written…</source>
        <translation>записано %1 из %2 изображений…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>there is no run to export yet</source>
        <translation>пока нечего экспортировать: запуска ещё нет</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан файл %1</translation>
    </message>
    <message>
        <source>Wrote %1 images into %2</source>
        <translation>Записано изображений: %1, в папку %2</translation>
    </message>
    <message>
        <source>Wrote %1 (open it in ui.perfetto.dev)</source>
        <translation>Записан файл %1 (откройте его в ui.perfetto.dev)</translation>
    </message>
    <message>
        <source>there is no run to save yet</source>
        <translation>пока нечего сохранять: запуска ещё нет</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранён файл %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыт файл %1</translation>
    </message>
    <message>
        <source>Copied the timeline (%1x%2) to the clipboard</source>
        <translation>Временная шкала (%1x%2) скопирована в буфер обмена</translation>
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
        <source>This trace does not record the loop&apos;s internals (it was written by an older Loopscope).</source>
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
        <source>How asyncio&apos;s event loop schedules coroutines, step by step</source>
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
        <source>The scenario&apos;s Python listing appears here.</source>
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
        <source>Click a task&apos;s lane in the timeline, or its marker in the code, to see its history.</source>
        <translation>Нажмите на дорожку задачи на временной шкале или на её метку в коде, чтобы увидеть её историю.</translation>
    </message>
    <message>
        <source>Previous instant of virtual time (Ctrl+←)</source>
        <translation>Предыдущий момент виртуального времени (Ctrl+←)</translation>
    </message>
    <message>
        <source>Previous loop iteration (Shift+←)</source>
        <translation>Предыдущая итерация цикла (Shift+←)</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Пауза (Пробел)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Воспроизвести (Пробел)</translation>
    </message>
    <message>
        <source>Next loop iteration (Shift+→)</source>
        <translation>Следующая итерация цикла (Shift+→)</translation>
    </message>
    <message>
        <source>Next instant of virtual time (Ctrl+→)</source>
        <translation>Следующий момент виртуального времени (Ctrl+→)</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 шаг/с</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Leave presentation mode (F5)</source>
        <translation>Выйти из режима презентации (F5)</translation>
    </message>
    <message>
        <source>Presentation mode (F5)</source>
        <translation>Режим презентации (F5)</translation>
    </message>
    <message>
        <source>Step %1 of %2 · iteration %3 · t = %4 s</source>
        <translation>Шаг %1 из %2 · итерация %3 · t = %4 с</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open trace…</source>
        <translation>&amp;Открыть трассу…</translation>
    </message>
    <message>
        <source>&amp;Save trace…</source>
        <translation>&amp;Сохранить трассу…</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>&amp;Экспорт изображения…</translation>
    </message>
    <message>
        <source>Export &amp;Chrome trace (Perfetto)…</source>
        <translation>Экспорт трассы &amp;Chrome (Perfetto)…</translation>
    </message>
    <message>
        <source>C&amp;opy image</source>
        <translation>&amp;Копировать изображение</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation>Открыть трассу</translation>
    </message>
    <message>
        <source>Loopscope traces (*.loopscope.json *.json)</source>
        <translation>Трассы Loopscope (*.loopscope.json *.json)</translation>
    </message>
    <message>
        <source>Save trace</source>
        <translation>Сохранить трассу</translation>
    </message>
    <message>
        <source>Loopscope traces (*.loopscope.json)</source>
        <translation>Трассы Loopscope (*.loopscope.json)</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>Экспорт трассы Chrome</translation>
    </message>
    <message>
        <source>Chrome trace event files (*.json)</source>
        <translation>Файлы Chrome trace event (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;Python program…</source>
        <translation>Открыть программу на &amp;Python…</translation>
    </message>
    <message>
        <source>&amp;Recent programs</source>
        <translation>&amp;Недавние программы</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Python se&amp;ttings…</source>
        <translation>Настрой&amp;ки Python…</translation>
    </message>
    <message>
        <source>Open Python program</source>
        <translation>Открыть программу на Python</translation>
    </message>
    <message>
        <source>Python programs (*.py)</source>
        <translation>Программы на Python (*.py)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Drop a Python program to trace it</source>
        <translation>Отпустите программу на Python, чтобы трассировать её</translation>
    </message>
    <message>
        <source>%1 · watching</source>
        <translation>%1 · отслеживается</translation>
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
        <translation>
            <numerusform>ждёт gather из %n задачи</numerusform>
            <numerusform>ждёт gather из %n задач</numerusform>
            <numerusform>ждёт gather из %n задач</numerusform>
        </translation>
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
    <message>
        <source>hands control back to the program&apos;s loop</source>
        <translation>возвращает управление циклу программы</translation>
    </message>
    <message>
        <source>Nothing has run yet: no event loop here, the program&apos;s own loop is about to resume %1.</source>
        <translation>Ещё ничего не выполнялось: цикла событий здесь нет, собственный цикл программы вот-вот возобновит %1.</translation>
    </message>
    <message>
        <source>is closed</source>
        <translation>закрывается</translation>
    </message>
    <message>
        <source>%1: %2 is thrown into the generator; it %3.</source>
        <translation>%1: в генератор брошено %2; он %3.</translation>
    </message>
    <message>
        <source>%1: %2 is thrown into the generator at %3; it %4.</source>
        <translation>%1: в генератор брошено %2 на %3; он %4.</translation>
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
    <name>ProgramBanner</name>
    <message>
        <source>Trace again</source>
        <translation>Трассировать снова</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
<context>
    <name>ProgramOutcome</name>
    <message>
        <source> at line %1</source>
        <translation> в строке %1</translation>
    </message>
    <message>
        <source> at line %1 `%2`</source>
        <translation> в строке %1 `%2`</translation>
    </message>
    <message>
        <source>for real I/O (a socket, a pipe or a subprocess) or a future nobody completes, and real I/O never completes on Loopscope&apos;s virtual clock</source>
        <translation>реального ввода-вывода (сокет, канал или подпроцесс) или future, которую никто не завершит, а реальный ввод-вывод на виртуальных часах Loopscope не завершается никогда</translation>
    </message>
    <message>
        <source>in Event.wait for an event no task is left to set</source>
        <translation>в Event.wait события, которое уже некому установить</translation>
    </message>
    <message>
        <source>in Lock.acquire for a lock no task will release</source>
        <translation>в Lock.acquire блокировку, которую никто не освободит</translation>
    </message>
    <message>
        <source>in Queue.get for an item no task will put</source>
        <translation>в Queue.get элемент, который никто не положит</translation>
    </message>
    <message>
        <source>in Queue.put for room no task will make</source>
        <translation>в Queue.put места, которое никто не освободит</translation>
    </message>
    <message>
        <source>in Queue.join for task_done calls no task will make</source>
        <translation>в Queue.join вызовов task_done, которых никто не сделает</translation>
    </message>
    <message>
        <source>in %1, which no task is left to complete</source>
        <translation>в %1, и завершить это уже некому</translation>
    </message>
    <message>
        <source>for tasks that are stuck themselves</source>
        <translation>задачи, которые застряли сами</translation>
    </message>
    <message>
        <source>for something no task or timer will complete</source>
        <translation>того, что не завершит ни задача, ни таймер</translation>
    </message>
    <message>
        <source>The loop stalled at t = %1 s: nothing is ready, no timer is armed and no thread is working, so a real run would wait forever.</source>
        <translation>Цикл встал при t = %1 с: ничего не готово, ни один таймер не взведён и ни один поток не работает, так что настоящий запуск ждал бы вечно.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n other task(s) wait behind it)</source>
        <translation>
            <numerusform> (и за ней ждёт ещё %n задача)</numerusform>
            <numerusform> (и за ней ждут ещё %n задачи)</numerusform>
            <numerusform> (и за ней ждут ещё %n задач)</numerusform>
        </translation>
    </message>
    <message>
        <source>The loop stalled at t = %1 s: %2 waits%3 %4%5; nothing else is ready and no timer is armed, so a real run would wait there forever.</source>
        <translation>Цикл встал при t = %1 с: %2 ждёт%3 %4%5; больше ничего не готово и ни один таймер не взведён, так что настоящий запуск ждал бы там вечно.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>a shell script</source>
        <translation>сценарий командной оболочки</translation>
    </message>
    <message>
        <source>HTML or XML</source>
        <translation>HTML или XML</translation>
    </message>
    <message>
        <source>C or C++</source>
        <translation>C или C++</translation>
    </message>
    <message>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <source>The program failed at t = %1 s: %2</source>
        <translation>Программа упала при t = %1 с: %2</translation>
    </message>
    <message>
        <source>The timeline runs up to the exception; the traceback is at the end of the console.</source>
        <translation>Временная шкала доходит до исключения; трассировка стека — в конце консоли.</translation>
    </message>
    <message>
        <source>The program failed before its event loop ran: %1</source>
        <translation>Программа упала до запуска цикла событий: %1</translation>
    </message>
    <message>
        <source>Its module-level code raised%1; the traceback is in the console.</source>
        <translation>Исключение возникло в коде уровня модуля%1; трассировка стека — в консоли.</translation>
    </message>
    <message>
        <source>This is not Python: it reads like %1</source>
        <translation>Это не Python: похоже на %1</translation>
    </message>
    <message>
        <source>CPython cannot parse it (line %1: %2).</source>
        <translation>CPython не может это разобрать (строка %1: %2).</translation>
    </message>
    <message>
        <source>Syntax error at line %1: %2</source>
        <translation>Синтаксическая ошибка в строке %1: %2</translation>
    </message>
    <message>
        <source>CPython could not compile the program, so nothing ran. Fix the line marked in the code panel.</source>
        <translation>CPython не смог скомпилировать программу, поэтому ничего не выполнялось. Исправьте строку, отмеченную в панели кода.</translation>
    </message>
    <message>
        <source>Stopped at the horizon, t = %1 s</source>
        <translation>Остановлено на горизонте, t = %1 с</translation>
    </message>
    <message>
        <source>The program was still running when virtual time reached the horizon: it never ends on its own, or needs longer (the horizon is in Python settings).</source>
        <translation>Программа ещё работала, когда виртуальное время дошло до горизонта: сама она не завершается или ей нужно больше времени (горизонт задаётся в настройках Python).</translation>
    </message>
    <message>
        <source>The program can never go on (stall)</source>
        <translation>Программа больше не может продолжиться (stall)</translation>
    </message>
    <message>
        <source>Stopped by the step limit after %1 steps, at t = %2 s</source>
        <translation>Остановлено пределом шагов после %1 шагов, при t = %2 с</translation>
    </message>
    <message>
        <source>The program kept the loop busy without end (%1 lines printed, %2 tasks created). Raise the step limit in Python settings if it is meant to run that long.</source>
        <translation>Программа бесконечно занимала цикл (напечатано строк: %1, создано задач: %2). Если так и задумано, увеличьте предел шагов в настройках Python.</translation>
    </message>
    <message>
        <source>The program called sys.exit(%1) at t = %2 s</source>
        <translation>Программа вызвала sys.exit(%1) при t = %2 с</translation>
    </message>
    <message>
        <source>The timeline ends where it exited.</source>
        <translation>Временная шкала заканчивается там, где программа вышла.</translation>
    </message>
    <message>
        <source>The program never starts an event loop</source>
        <translation>Программа так и не запускает цикл событий</translation>
    </message>
    <message>
        <source>It defines coroutines (async def) but never runs them: call asyncio.run(main()) at the end to start the loop.</source>
        <translation>В ней определены корутины (async def), но они не запускаются: вызовите asyncio.run(main()) в конце, чтобы запустить цикл.</translation>
    </message>
    <message>
        <source>This is plain Python, not an asyncio program</source>
        <translation>Это обычный Python, а не программа на asyncio</translation>
    </message>
    <message numerus="yes">
        <source>It ran to the end without starting an event loop (%n line(s) printed, in the console). Loopscope shows programs that run coroutines with asyncio.run().</source>
        <translation>
            <numerusform>Она выполнилась до конца, не запустив цикл событий (напечатана %n строка, она в консоли). Loopscope показывает программы, которые запускают корутины через asyncio.run().</numerusform>
            <numerusform>Она выполнилась до конца, не запустив цикл событий (напечатано %n строки, они в консоли). Loopscope показывает программы, которые запускают корутины через asyncio.run().</numerusform>
            <numerusform>Она выполнилась до конца, не запустив цикл событий (напечатано %n строк, они в консоли). Loopscope показывает программы, которые запускают корутины через asyncio.run().</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Python program</source>
        <translation>Это не программа на Python</translation>
    </message>
    <message>
        <source>No suitable Python interpreter</source>
        <translation>Нет подходящего интерпретатора Python</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Stopped: it ran too long in real time</source>
        <translation>Остановлено: слишком долго в реальном времени</translation>
    </message>
    <message>
        <source>The trace grew too large</source>
        <translation>Трасса стала слишком большой</translation>
    </message>
    <message>
        <source>The program could not be traced</source>
        <translation>Программу не удалось трассировать</translation>
    </message>
</context>
<context>
    <name>ProgramRunner</name>
    <message>
        <source>Stopped after %1 s of real time while the program was still being traced: it is too long to trace in that time. Lower the horizon or the step limit, or raise the time limit in Python settings.</source>
        <translation>Остановлено через %1 с реального времени, пока программа ещё трассировалась: за это время её не протрассировать. Уменьшите горизонт или предел шагов либо увеличьте предел времени в настройках Python.</translation>
    </message>
    <message>
        <source>Stopped after %1 s of real time before CPython had even started the program (is the machine very busy?). Raise the limit in Python settings.</source>
        <translation>Остановлено через %1 с реального времени: CPython даже не успел запустить программу (машина сильно загружена?). Увеличьте предел в настройках Python.</translation>
    </message>
    <message>
        <source>Stopped after %1 s of real time: the program&apos;s module-level code never finished (a loop before asyncio.run?). The limit is in Python settings.</source>
        <translation>Остановлено через %1 с реального времени: код уровня модуля так и не завершился (цикл до asyncio.run?). Предел задаётся в настройках Python.</translation>
    </message>
    <message>
        <source> at line %1</source>
        <translation> в строке %1</translation>
    </message>
    <message>
        <source> at line %1 `%2`</source>
        <translation> в строке %1 `%2`</translation>
    </message>
    <message>
        <source>Stopped after %1 s of real time: %2 resumed%3 and never reached another await, so the event loop could run nothing else (a CPU loop with no await). The limit is in Python settings.</source>
        <translation>Остановлено через %1 с реального времени: %2 продолжила работу%3 и так и не дошла до следующего await, поэтому цикл событий не мог выполнять ничего другого (вычислительный цикл без await). Предел задаётся в настройках Python.</translation>
    </message>
    <message>
        <source>Stopped after %1 s of real time: a callback the event loop ran (not a task step) never returned, so the loop could run nothing else (a CPU loop in a call_soon or call_later callback?). The limit is in Python settings.</source>
        <translation>Остановлено через %1 с реального времени: обратный вызов, запущенный циклом событий (не шаг задачи), так и не вернулся, поэтому цикл не мог выполнять ничего другого (вычислительный цикл в обратном вызове call_soon или call_later?). Предел задаётся в настройках Python.</translation>
    </message>
    <message>
        <source>it prints without end</source>
        <translation>она печатает без конца</translation>
    </message>
    <message>
        <source>it creates tasks without end</source>
        <translation>она без конца создаёт задачи</translation>
    </message>
    <message>
        <source>it records events without end</source>
        <translation>в ней без конца происходят события</translation>
    </message>
    <message>
        <source>Stopped: the trace grew past %1 MB (%2). Lower the step limit in Python settings, or make the program shorter.</source>
        <translation>Остановлено: трасса превысила %1 МБ (%2). Уменьшите предел шагов в настройках Python или сократите программу.</translation>
    </message>
    <message>
        <source>The file is empty: there is no program to run.</source>
        <translation>Файл пуст: запускать нечего.</translation>
    </message>
    <message>
        <source>This is a PNG image, not a Python program.</source>
        <translation>Это изображение PNG, а не программа на Python.</translation>
    </message>
    <message>
        <source>This is a JPEG image, not a Python program.</source>
        <translation>Это изображение JPEG, а не программа на Python.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a Python program.</source>
        <translation>Это документ PDF, а не программа на Python.</translation>
    </message>
    <message>
        <source>This is a ZIP archive (or a document packed as one), not a Python program.</source>
        <translation>Это архив ZIP (или упакованный в него документ), а не программа на Python.</translation>
    </message>
    <message>
        <source>This is a compiled executable (ELF), not a Python program.</source>
        <translation>Это скомпилированный исполняемый файл (ELF), а не программа на Python.</translation>
    </message>
    <message>
        <source>This is a gzip archive, not a Python program.</source>
        <translation>Это архив gzip, а не программа на Python.</translation>
    </message>
    <message>
        <source>This is compiled Python bytecode (a .pyc file), not its source: open the .py file.</source>
        <translation>Это скомпилированный байт-код Python (файл .pyc), а не исходный текст: откройте файл .py.</translation>
    </message>
    <message>
        <source>This file holds binary data (it is not UTF-8 text), not a Python program.</source>
        <translation>В этом файле двоичные данные (не текст в UTF-8), а не программа на Python.</translation>
    </message>
    <message>
        <source>This is a Loopscope trace, not a program: open it with File &gt; Open trace….</source>
        <translation>Это трасса Loopscope, а не программа: откройте её через Файл &gt; Открыть трассу….</translation>
    </message>
    <message>
        <source>There is no Python interpreter “%1” (nothing of that name on PATH): set one in Python settings.</source>
        <translation>Интерпретатора Python «%1» нет (в PATH нет ничего с таким именем): укажите его в настройках Python.</translation>
    </message>
    <message>
        <source>The interpreter %1 did not answer when asked its version: set another one in Python settings.</source>
        <translation>Интерпретатор %1 не ответил на вопрос о версии: укажите другой в настройках Python.</translation>
    </message>
    <message>
        <source>%1 is not a Python interpreter Loopscope can use (asked its version, it said: %2)</source>
        <translation>%1 — не интерпретатор Python, с которым может работать Loopscope (на вопрос о версии он ответил: %2)</translation>
    </message>
    <message>
        <source>%1 is %2; Loopscope needs CPython 3.11 or later (set the interpreter in Python settings).</source>
        <translation>%1 — это %2; Loopscope нужен CPython 3.11 или новее (укажите интерпретатор в настройках Python).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>%1 is %2 MB: far too large for a program listing.</source>
        <translation>%1 занимает %2 МБ: для текста программы это слишком много.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Не удалось запустить %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not traced to the end.</source>
        <translation>Отменено: %1 не протрассирована до конца.</translation>
    </message>
    <message>
        <source>CPython failed while tracing %1: %2</source>
        <translation>CPython сбился при трассировке %1: %2</translation>
    </message>
    <message>
        <source>pytrace wrote no trace for %1: %2</source>
        <translation>pytrace не записал трассу для %1: %2</translation>
    </message>
</context>
<context>
    <name>ProgramSettings</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProgramSettingsDialog</name>
    <message>
        <source>Python settings</source>
        <translation>Настройки Python</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Интерпретатор</translation>
    </message>
    <message>
        <source>python3 (from PATH) or a full path</source>
        <translation>python3 (из PATH) или полный путь</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Real-time limit (s)</source>
        <translation>Предел реального времени (с)</translation>
    </message>
    <message>
        <source>A program still running after this long is stopped (a CPU loop with no await never ends).</source>
        <translation>Программа, которая работает дольше, останавливается (вычислительный цикл без await не кончается никогда).</translation>
    </message>
    <message>
        <source>Step limit</source>
        <translation>Предел шагов</translation>
    </message>
    <message>
        <source>Task steps after which a run is stopped.</source>
        <translation>Число шагов задач, после которого прогон останавливается.</translation>
    </message>
    <message>
        <source>Horizon (virtual s)</source>
        <translation>Горизонт (виртуальные с)</translation>
    </message>
    <message>
        <source>Virtual time at which a program that never ends is stopped.</source>
        <translation>Виртуальное время, на котором останавливается бесконечная программа.</translation>
    </message>
    <message>
        <source>Trace the program again when its file changes on disk</source>
        <translation>Трассировать программу заново, когда её файл меняется на диске</translation>
    </message>
</context>
<context>
    <name>RunningOverlay</name>
    <message>
        <source>Tracing %1 under CPython on a virtual clock…</source>
        <translation>Трассировка %1 под CPython на виртуальных часах…</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far</source>
        <translation>
            <numerusform>прошла %n секунда</numerusform>
            <numerusform>прошло %n секунды</numerusform>
            <numerusform>прошло %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <message>
        <source>not created yet</source>
        <translation>ещё не создана</translation>
    </message>
    <message>
        <source>ready: in the loop&apos;s ready queue</source>
        <translation>готова: в очереди готовых задач цикла</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>спит</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>завершилась с ошибкой</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>создана задачей %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создана</translation>
    </message>
    <message>
        <source>resumes with %1 thrown in</source>
        <translation>возобновляется с брошенным в неё %1</translation>
    </message>
    <message>
        <source>runs a step</source>
        <translation>выполняет шаг</translation>
    </message>
    <message>
        <source>suspends: %1</source>
        <translation>приостанавливается: %1</translation>
    </message>
    <message>
        <source>returns %1</source>
        <translation>возвращает %1</translation>
    </message>
    <message>
        <source>fails with %1</source>
        <translation>завершается с ошибкой %1</translation>
    </message>
    <message>
        <source>fails with %1: %2</source>
        <translation>завершается с ошибкой %1: %2</translation>
    </message>
    <message>
        <source>ends cancelled</source>
        <translation>завершается отменённой</translation>
    </message>
    <message>
        <source>cancels %1</source>
        <translation>отменяет %1</translation>
    </message>
    <message>
        <source>cancel requested by %1</source>
        <translation>отмена запрошена задачей %1</translation>
    </message>
    <message>
        <source>cancel requested</source>
        <translation>запрошена отмена</translation>
    </message>
    <message>
        <source>prints “%1”</source>
        <translation>печатает «%1»</translation>
    </message>
    <message>
        <source>blocks the loop with time.sleep(%1)</source>
        <translation>блокирует цикл вызовом time.sleep(%1)</translation>
    </message>
    <message>
        <source>pytrace&apos;s trace of %1 is unreadable: %2</source>
        <translation>трассу %1 от pytrace не удалось прочитать: %2</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Listing</source>
        <translation>Листинг</translation>
    </message>
    <message>
        <source>lines %1–%2 of %3</source>
        <translation>строки %1–%2 из %3</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>nothing printed yet</source>
        <translation>пока ничего не напечатано</translation>
    </message>
    <message>
        <source>last %1 of %2 lines</source>
        <translation>последние %1 из %2 строк</translation>
    </message>
</context>
<context>
    <name>TaskView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>asyncio.run (the main task)</source>
        <translation>asyncio.run (главная задача)</translation>
    </message>
    <message>
        <source>At the cursor</source>
        <translation>На курсоре</translation>
    </message>
    <message>
        <source>Waits on</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>History (click an event to move the cursor there)</source>
        <translation>История (нажмите на событие, чтобы перейти к нему)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>шаг %1</translation>
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
        <translation>
            <numerusform>gather из %n задачи</numerusform>
            <numerusform>gather из %n задач</numerusform>
            <numerusform>gather из %n задач</numerusform>
        </translation>
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
        <translation>
            <numerusform>wait на %n задаче</numerusform>
            <numerusform>wait на %n задачах</numerusform>
            <numerusform>wait на %n задачах</numerusform>
        </translation>
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
        <translation>
            <numerusform>TaskGroup: осталась %n задача</numerusform>
            <numerusform>TaskGroup: осталось %n задачи</numerusform>
            <numerusform>TaskGroup: осталось %n задач</numerusform>
        </translation>
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
    <message>
        <source>at yield</source>
        <translation>на yield</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>генератор</translation>
    </message>
    <message>
        <source>program loop</source>
        <translation>цикл программы</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>the main program</source>
        <translation>основная программа</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 до %2</translation>
    </message>
    <message>
        <source>%1 runs a step: the loop is running its code.</source>
        <translation>%1 выполняет шаг: цикл выполняет её код.</translation>
    </message>
    <message>
        <source>%1 waits in the ready queue for its turn, %2.</source>
        <translation>%1 ждёт своей очереди в очереди готовых задач, %2.</translation>
    </message>
    <message>
        <source>%1 sleeps (%2), %3.</source>
        <translation>%1 спит (%2), %3.</translation>
    </message>
    <message>
        <source>%1 is suspended (%2), %3.</source>
        <translation>%1 приостановлена (%2), %3.</translation>
    </message>
    <message>
        <source>%1 blocks the whole loop, %2.</source>
        <translation>%1 блокирует весь цикл, %2.</translation>
    </message>
    <message>
        <source>%1 finishes at %2.</source>
        <translation>%1 завершается в %2.</translation>
    </message>
    <message>
        <source>%1 finishes at %2 and returns %3.</source>
        <translation>%1 завершается в %2 и возвращает %3.</translation>
    </message>
    <message>
        <source>%1 fails at %2 with %3.</source>
        <translation>%1 завершается с ошибкой в %2: %3.</translation>
    </message>
    <message>
        <source>%1 ends cancelled at %2.</source>
        <translation>%1 завершается отменённой в %2.</translation>
    </message>
    <message>
        <source>%1 prints “%2”.</source>
        <translation>%1 печатает «%2».</translation>
    </message>
    <message>
        <source>The event loop runs a step of %1.</source>
        <translation>Цикл событий выполняет шаг задачи %1.</translation>
    </message>
    <message>
        <source>Nothing is ready: the event loop waits in %1, %2.</source>
        <translation>Ничего не готово: цикл событий ждёт в %1, %2.</translation>
    </message>
    <message>
        <source>%1: nothing else can run, %2.</source>
        <translation>%1: больше ничего не может выполняться, %2.</translation>
    </message>
    <message>
        <source>A worker thread runs %1 for %2, %3.</source>
        <translation>Рабочий поток выполняет %1 для %2, %3.</translation>
    </message>
    <message>
        <source>%1. Click to see its history in the Task panel.</source>
        <translation>%1. Нажмите, чтобы увидеть её историю на панели «Задача».</translation>
    </message>
    <message>
        <source>before the first step · t = %1</source>
        <translation>до первого шага · t = %1</translation>
    </message>
    <message>
        <source>step %1 · t = %2</source>
        <translation>шаг %1 · t = %2</translation>
    </message>
    <message>
        <source>between steps %1 and %2 · t ≈ %3</source>
        <translation>между шагами %1 и %2 · t ≈ %3</translation>
    </message>
    <message>
        <source>after the last step · t ≈ %1</source>
        <translation>после последнего шага · t ≈ %1</translation>
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
    <message>
        <source>Instants widened</source>
        <translation>Моменты растянуты</translation>
    </message>
    <message>
        <source>Proportional time</source>
        <translation>Пропорциональное время</translation>
    </message>
    <message>
        <source>One column per step</source>
        <translation>Столбец на шаг</translation>
    </message>
    <message>
        <source>How the axis shows time: busy instants widened so their steps read left to right, purely proportional time, or one column per step</source>
        <translation>Как ось показывает время: занятые моменты растянуты, чтобы их шаги читались слева направо, чисто пропорциональное время или один столбец на шаг</translation>
    </message>
</context>
<context>
    <name>TraceFile</name>
    <message>
        <source>event %1: %2</source>
        <translation>событие %1: %2</translation>
    </message>
    <message>
        <source>this is not a Loopscope trace (no &quot;format&quot;: &quot;loopscope-trace&quot;)</source>
        <translation>это не трасса Loopscope (нет &quot;format&quot;: &quot;loopscope-trace&quot;)</translation>
    </message>
    <message>
        <source>trace format version %1 is not supported (this Loopscope reads version 1)</source>
        <translation>версия формата трассы %1 не поддерживается (этот Loopscope читает версию 1)</translation>
    </message>
    <message>
        <source>the trace has no &quot;events&quot; list</source>
        <translation>в трассе нет списка &quot;events&quot;</translation>
    </message>
    <message>
        <source>the trace has no &quot;tasks&quot; table</source>
        <translation>в трассе нет таблицы &quot;tasks&quot;</translation>
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
        <source>the trace is cut short: its last event is not &quot;end&quot;</source>
        <translation>трасса оборвана: последнее событие — не &quot;end&quot;</translation>
    </message>
    <message>
        <source>has no virtual time &quot;t&quot;</source>
        <translation>не содержит виртуального времени &quot;t&quot;</translation>
    </message>
    <message>
        <source>goes back in time (t=%1 after t=%2)</source>
        <translation>идёт назад во времени (t=%1 после t=%2)</translation>
    </message>
    <message>
        <source>has an unknown kind &quot;%1&quot;</source>
        <translation>имеет неизвестный вид &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(%1) names task %2, which is not in the task table</source>
        <translation>(%1) ссылается на задачу %2, которой нет в таблице задач</translation>
    </message>
    <message>
        <source>waits on something unknown: &quot;%1&quot;</source>
        <translation>ждёт чего-то неизвестного: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ends a task in an unknown state &quot;%1&quot;</source>
        <translation>завершает задачу в неизвестном состоянии &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ends with an unknown status &quot;%1&quot;</source>
        <translation>завершается с неизвестным статусом &quot;%1&quot;</translation>
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
        <source>(iter) has no count &quot;ready&quot;</source>
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
    <name>ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Theme: follow the system</source>
        <translation>Тема: как в системе</translation>
    </message>
    <message>
        <source>Theme: light</source>
        <translation>Тема: светлая</translation>
    </message>
    <message>
        <source>Theme: dark</source>
        <translation>Тема: тёмная</translation>
    </message>
    <message>
        <source>&amp;Presentation mode (F5)</source>
        <translation>Режим &amp;презентации (F5)</translation>
    </message>
    <message>
        <source>Side panels in presentation mode</source>
        <translation>Боковые панели в режиме презентации</translation>
    </message>
    <message>
        <source>Axis: busy instants widened</source>
        <translation>Ось: занятые моменты растянуты</translation>
    </message>
    <message>
        <source>Axis: proportional time</source>
        <translation>Ось: пропорциональное время</translation>
    </message>
    <message>
        <source>Axis: one column per step</source>
        <translation>Ось: столбец на шаг</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Уменьшить (−)</translation>
    </message>
    <message>
        <source>Fit all (0)</source>
        <translation>Показать всё (0)</translation>
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
