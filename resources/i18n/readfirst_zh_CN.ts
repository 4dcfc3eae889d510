<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AudioExportDialog</name>
    <message>
        <location filename="../../app/gui/audio_export.py" line="98"/>
        <location filename="../../app/gui/audio_export.py" line="158"/>
        <source>Export reading as audio</source>
        <translation>将朗读导出为音频</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="99"/>
        <source>The whole paper ({n} pages)</source>
        <translation>整份文件（{n} 页）</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="100"/>
        <source>Pages</source>
        <translation>指定页码</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="107"/>
        <source>First page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="108"/>
        <source>Last page</source>
        <translation>结束页</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="122"/>
        <source>Language to read in</source>
        <translation>朗读语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="125"/>
        <source>Audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="127"/>
        <source>A WAV file; the cue sheet is written beside it with the ending .vtt</source>
        <translation>WAV 文件；字幕提示文件（.vtt）写在其旁边</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="129"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="130"/>
        <source>Choose the audio file</source>
        <translation>选择音频文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="139"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="140"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="144"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="151"/>
        <source>Only these pages</source>
        <translation>仅这些页</translation>
    </message>
    <message>
        <location filename="../../app/gui/audio_export.py" line="152"/>
        <source>Export or cancel</source>
        <translation>导出或取消</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../app/gui/help_panel.py" line="9"/>
        <source>Open a paper</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="10"/>
        <source>Paste an image (photo, screenshot) as the paper</source>
        <translation>粘贴图片（照片、截图）作为文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="11"/>
        <source>Start a reading session (who is present)</source>
        <translation>开始朗读会话（在场人员）</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="12"/>
        <source>Recent sessions: continue one, or export it</source>
        <translation>最近的会话：继续或导出</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="13"/>
        <source>Check an exported reading record (.zip)</source>
        <translation>核验导出的宣读记录（.zip）</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="14"/>
        <source>Settings: colours, type size, voice, data folder</source>
        <translation>设置：颜色、字号、语音、数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="15"/>
        <source>File menu (also: photos as one paper)</source>
        <translation>文件菜单（另可：多张照片合成一份文件）</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="16"/>
        <source>Read aloud / pause</source>
        <translation>朗读 / 暂停</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="17"/>
        <source>Previous / next sentence</source>
        <translation>上一句 / 下一句</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="18"/>
        <source>Repeat the sentence</source>
        <translation>重读当前句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="19"/>
        <source>Large print (then + / - to zoom, T for colours)</source>
        <translation>大字显示（+ / - 缩放，T 切换颜色）</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="20"/>
        <source>Correct the Chinese of the chosen sentence</source>
        <translation>修改所选句子的中文</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="21"/>
        <source>Record what the recipient says</source>
        <translation>记录当事人的表示</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="22"/>
        <source>Comprehension check</source>
        <translation>理解确认</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="23"/>
        <source>Close the session and export the record</source>
        <translation>结束会话并导出记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="24"/>
        <source>Move between controls</source>
        <translation>在控件之间移动</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="25"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="32"/>
        <location filename="../../app/gui/help_panel.py" line="33"/>
        <location filename="../../app/gui/help_panel.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="35"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="35"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>LargePrintView</name>
    <message>
        <location filename="../../app/gui/large_print.py" line="35"/>
        <source>Large print</source>
        <translation>大字显示</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="36"/>
        <source>Large print view</source>
        <translation>大字阅读视图</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="37"/>
        <source>The current sentence in large, high-contrast type</source>
        <translation>以高对比度大字显示当前句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="42"/>
        <source>Position in the paper</source>
        <translation>在文件中的位置</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="51"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="55"/>
        <source>Chinese translation</source>
        <translation>中文译文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/window.py" line="488"/>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="482"/>
        <source>ReadFirst 先读后签</source>
        <translation>先读后签 ReadFirst</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="483"/>
        <source>Reading</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="490"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="490"/>
        <source>Open a paper: PDF, photo or scan</source>
        <translation>打开文件：PDF、照片或扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="492"/>
        <source>Session…</source>
        <translation>会话…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="493"/>
        <source>Start a reading session: who is present, language, sight</source>
        <translation>开始朗读会话：在场人员、语言、视力</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="496"/>
        <source>Continue interrupted session</source>
        <translation>继续中断的会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="497"/>
        <source>Continue the session on this paper that was cut off (crash, power cut)</source>
        <translation>继续这份文件上被意外中断（程序崩溃、断电）的会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="499"/>
        <source>◀ Previous</source>
        <translation>◀ 上一句</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="499"/>
        <source>Go to the previous sentence</source>
        <translation>转到上一句</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="501"/>
        <location filename="../../app/gui/window.py" line="1778"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="501"/>
        <location filename="../../app/gui/window.py" line="1778"/>
        <source>▶ Read aloud</source>
        <translation>▶ 朗读</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="502"/>
        <source>Read aloud from the current sentence, or pause</source>
        <translation>从当前句子开始朗读，或暂停</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="504"/>
        <source>Next ▶</source>
        <translation>下一句 ▶</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="504"/>
        <source>Go to the next sentence</source>
        <translation>转到下一句</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="505"/>
        <source>Repeat</source>
        <translation>重读</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="505"/>
        <source>Read the current sentence again</source>
        <translation>再读一遍当前句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="507"/>
        <source>Large print</source>
        <translation>大字显示</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="508"/>
        <source>Show the current sentence in large, high-contrast type</source>
        <translation>以高对比度大字显示当前句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="511"/>
        <source>Install language package from file…</source>
        <translation>从文件安装语言包…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="513"/>
        <source>Install an English-to-Chinese package (.argosmodel) carried in on a USB stick</source>
        <translation>安装随U盘带来的英译中语言包（.argosmodel）</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="516"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="516"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="518"/>
        <source>Paste image as paper</source>
        <translation>粘贴图片作为文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="519"/>
        <source>Read an image copied to the clipboard (a photo or a screenshot)</source>
        <translation>读取复制到剪贴板的图片（照片或截图）</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="522"/>
        <source>Open photos as one paper…</source>
        <translation>打开多张照片作为一份文件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="523"/>
        <source>Choose several photos, one per page; they become one paper</source>
        <translation>选择多张照片，每页一张；合成一份文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="526"/>
        <source>Check a reading record…</source>
        <translation>核验宣读记录…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="527"/>
        <source>Open an exported record (.zip) and check that nothing in it was changed</source>
        <translation>打开导出的记录（.zip），检查其内容是否被改动</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="530"/>
        <source>Recent sessions…</source>
        <translation>最近的会话…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="531"/>
        <source>Sessions recorded on this computer: continue one, or export its record</source>
        <translation>本电脑上记录的会话：继续某个会话，或导出其记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="534"/>
        <source>Export reading as audio…</source>
        <translation>将朗读导出为音频…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="536"/>
        <source>Save the reading of the paper or some pages as a WAV file with a cue sheet, to prepare an explanation; it does not count as read aloud</source>
        <translation>把整份文件或部分页面的朗读保存为 WAV 文件并附字幕时间表，用于事先准备讲解；这不算当面朗读</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="541"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="542"/>
        <source>Colours, type size, voice, speed and the data directory</source>
        <translation>颜色、字号、语音、语速和数据目录</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="545"/>
        <source>中文界面</source>
        <translation>中文界面</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="545"/>
        <source>English UI</source>
        <translation>English UI</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="546"/>
        <source>Switch the interface between English and Chinese</source>
        <translation>在中文和英文界面之间切换</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="561"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="562"/>
        <source> Read in: </source>
        <translation> 朗读语言：</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="563"/>
        <source>Reading language</source>
        <translation>朗读语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="565"/>
        <source>The language the text is read aloud in</source>
        <translation>朗读文本所用的语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="567"/>
        <source> Speed: </source>
        <translation> 语速：</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="568"/>
        <source>Speaking speed, words per minute</source>
        <translation>语速（每分钟字数）</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="569"/>
        <source>Slower is easier to follow</source>
        <translation>慢一些更容易听懂</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="570"/>
        <source> Volume: </source>
        <translation> 音量： </translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="571"/>
        <source>Volume of the voice</source>
        <translation>朗读音量</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="572"/>
        <source>Loudness of the reading, in percent</source>
        <translation>朗读的响度（百分比）</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="575"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="576"/>
        <source>Recording state</source>
        <translation>记录状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="577"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="584"/>
        <source>Page image</source>
        <translation>页面图像</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="586"/>
        <source>The page as scanned, with the current sentence highlighted</source>
        <translation>扫描的页面，当前句子已高亮</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="588"/>
        <source>Text of the paper</source>
        <translation>文件文本</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="590"/>
        <source>Sentences in reading order, Chinese below; Enter corrects the Chinese</source>
        <translation>按阅读顺序排列的句子，下方为中文；按回车键修改中文</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="592"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="593"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="594"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="595"/>
        <source>Cancel reading the paper</source>
        <translation>取消读取文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="598"/>
        <source>Open a paper to begin (Ctrl+O), or drop a file here.</source>
        <translation>打开文件开始（Ctrl+O），或把文件拖到这里。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="649"/>
        <source>● Recording: reading to {name} in {language}. Signed key {key}.</source>
        <translation>● 正在记录：用{language}为{name}朗读。签名密钥 {key}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="657"/>
        <source>Not recording. A session on this paper was interrupted (started {time}): continue it (Ctrl+Shift+N) or start a new one (Ctrl+N).</source>
        <translation>未在记录。这份文件上的一个会话（开始于 {time}）被中断：可以继续（Ctrl+Shift+N），或开始新会话（Ctrl+N）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="663"/>
        <source>Not recording. Start a session (Ctrl+N) to keep a signed record.</source>
        <translation>未在记录。开始会话（Ctrl+N）以保存带签名的记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="745"/>
        <source>The session is recorded, but no copy of the paper could be kept: {why} Keep the file itself to continue or export this session later.</source>
        <translation>会话正在记录，但无法保留文件副本：{why} 请自行保存该文件，以便日后继续或导出此会话。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="834"/>
        <source>Recorded: {what}</source>
        <translation>已记录：{what}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="842"/>
        <source>Recording stopped: {why} Everything recorded before this stays valid.</source>
        <translation>记录已停止：{why} 此前记录的内容仍然有效。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="867"/>
        <location filename="../../app/gui/window.py" line="1061"/>
        <source>Save the reading record</source>
        <translation>保存朗读记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="886"/>
        <location filename="../../app/gui/window.py" line="1132"/>
        <source>Reading record saved: {path}</source>
        <translation>朗读记录已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="892"/>
        <source>Open a paper</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1012"/>
        <source>intact</source>
        <translation>完整无损</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1012"/>
        <source>NOT valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1014"/>
        <source>Reading record {name}: {verdict}</source>
        <translation>宣读记录 {name}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1106"/>
        <source>Not recording. Shown: the session of {time} with {people} ({state}). Start a new session (Ctrl+N) to record.</source>
        <translation>未在记录。显示的是 {time} 与 {people} 的会话（{state}）。如需记录，请开始新的会话（Ctrl+N）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1111"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1111"/>
        <source>not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1198"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="983"/>
        <location filename="../../app/gui/window.py" line="1215"/>
        <location filename="../../app/gui/window.py" line="1237"/>
        <source>Stopped. Open the paper again to read it.</source>
        <translation>已停止。请重新打开文件以读取。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1244"/>
        <source>Could not open the paper: {error}. Please report this problem.</source>
        <translation>无法打开文件：{error}。请报告此问题。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="987"/>
        <location filename="../../app/gui/window.py" line="1248"/>
        <source>Nothing open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1259"/>
        <source>text layer</source>
        <translation>文本层</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1261"/>
        <source>{name}: {pages} pages, {n} sentences ({how}).</source>
        <translation>{name}：{pages} 页，{n} 句（{how}）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1407"/>
        <source>No full translation available: no language package is installed. Only key legal terms are shown in Chinese; the English can be read aloud. Install a language package from file to translate everything.</source>
        <translation>没有完整译文：未安装语言包。只以中文显示关键法律术语；英文可以朗读。从文件安装语言包后即可翻译全文。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="609"/>
        <location filename="../../app/gui/window.py" line="1267"/>
        <location filename="../../app/gui/window.py" line="1371"/>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="580"/>
        <source>Small images of the pages; the current page is framed. Arrow keys move, Enter shows the page.</source>
        <translation>各页缩略图；当前页带边框。方向键移动，回车键显示该页。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="674"/>
        <source>Open the paper first, then start the session; or continue a recent one.</source>
        <translation>请先打开文件，再开始会话；或继续最近的会话。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="899"/>
        <source>Choose the photos of the pages, in order</source>
        <translation>按顺序选择各页的照片</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="945"/>
        <source>The clipboard holds no image. Copy a photo or a screenshot of the paper first, then paste it here with Ctrl+V.</source>
        <translation>剪贴板中没有图片。请先复制文件的照片或截图，再按 Ctrl+V 粘贴到这里。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="954"/>
        <source>Saving the pasted image…</source>
        <translation>正在保存粘贴的图片…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="961"/>
        <source>Putting {n} photos together as one paper…</source>
        <translation>正在将 {n} 张照片合成一份文件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="986"/>
        <source>The paper could not be made: {why}</source>
        <translation>无法生成文件：{why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="996"/>
        <source>Check a reading record</source>
        <translation>核验宣读记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1048"/>
        <source>Where is {name}? (this computer kept no copy)</source>
        <translation>{name} 在哪里？（本电脑未保留副本）</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1080"/>
        <source>{file} is not the paper of that session (its fingerprint differs). Open the same file that was read in the session.</source>
        <translation>{file} 不是该会话宣读的文件（指纹不同）。请打开会话中宣读的同一文件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1090"/>
        <source>The session could not be continued. Start a new one (Ctrl+N).</source>
        <translation>无法继续该会话。请开始新的会话（Ctrl+N）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1125"/>
        <source>Saving the reading record…</source>
        <translation>正在保存宣读记录…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1168"/>
        <source>The new data directory is used from the next start: {path}</source>
        <translation>新的数据目录将在下次启动时使用：{path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1169"/>
        <source>the default folder</source>
        <translation>默认文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1270"/>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1278"/>
        <source>No text was found on this paper. Check the scan, or try a clearer photo.</source>
        <translation>在此文件上没有找到文字。请检查扫描件，或换一张更清晰的照片。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1330"/>
        <source>— Page {n} —</source>
        <translation>— 第 {n} 页 —</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1352"/>
        <source>corrected</source>
        <translation>已人工修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1352"/>
        <source>machine</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1359"/>
        <source>Terms: {terms}</source>
        <translation>术语：{terms}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1364"/>
        <source>Low OCR confidence ({pct}): check this line on the paper.</source>
        <translation>文字识别可信度低（{pct}）：请对照原件核对这一行。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1395"/>
        <source>Translation failed: {why}</source>
        <translation>翻译失败：{why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1402"/>
        <source>Machine translation, not a certified translation. 机器翻译，非认证翻译。</source>
        <translation>机器翻译，非认证翻译。Machine translation, not a certified translation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1421"/>
        <source>Correct the Chinese</source>
        <translation>修改中文</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1423"/>
        <source>English:
{en}

Chinese (your correction is kept beside the machine&apos;s):</source>
        <translation>英文：
{en}

中文（您的修改会与机器译文并列保存）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1459"/>
        <source>Install language package</source>
        <translation>安装语言包</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1470"/>
        <source>Installing {name}…</source>
        <translation>正在安装 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1477"/>
        <source>Installed language package {code} {version}.</source>
        <translation>已安装语言包 {code} {version}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1487"/>
        <source>Language package not installed</source>
        <translation>语言包未安装</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1511"/>
        <source>Could not show the page image: {error}</source>
        <translation>无法显示页面图像：{error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1611"/>
        <source>Page {page} · sentence {n} of {total}</source>
        <translation>第 {page} 页 · 第 {n} 句，共 {total} 句</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1625"/>
        <source>This paper is in Chinese: read it in Mandarin or Cantonese.</source>
        <translation>这份文件是中文的：请用普通话或粤语朗读。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1629"/>
        <source>No Chinese translation is installed, so this English paper can only be read aloud in English. Install a language package from file, or choose English.</source>
        <translation>未安装中文翻译，这份英文文件只能用英文朗读。请从文件安装语言包，或选择英文。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1741"/>
        <source>Writing the audio file…</source>
        <translation>正在写入音频文件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1754"/>
        <source>Saved {n} sentences ({m} min {s} s) to {wav}, cue sheet {cues}. Not played in the room: it does not count as read aloud.</source>
        <translation>已将 {n} 句（{m} 分 {s} 秒）保存到 {wav}，字幕时间表 {cues}。未在现场播放：不算当面朗读。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1759"/>
        <source>Left out: {which}.</source>
        <translation>未包含：{which}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1770"/>
        <source>Could not write the audio file: {error}. Choose another folder.</source>
        <translation>无法写入音频文件：{error}。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1783"/>
        <source>No audio output device was found, so nothing can be read aloud on this computer. Connect speakers or headphones and try again.</source>
        <translation>没有找到音频输出设备，这台电脑无法朗读。请连接扬声器或耳机后再试。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1790"/>
        <source>read aloud</source>
        <translation>已朗读</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1791"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1792"/>
        <source>not read</source>
        <translation>未朗读</translation>
    </message>
</context>
<context>
    <name>RecentSessionsDialog</name>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="98"/>
        <location filename="../../app/gui/recent_sessions.py" line="99"/>
        <location filename="../../app/gui/recent_sessions.py" line="111"/>
        <source>Recent sessions</source>
        <translation>最近的会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="103"/>
        <source>Reading the list of sessions…</source>
        <translation>正在读取会话列表…</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="109"/>
        <source>Paper</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="109"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="109"/>
        <source>People present</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="109"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="113"/>
        <source>Newest first. Choose one with the arrow keys, then continue or export it.</source>
        <translation>最新的在前。用方向键选择一个会话，然后继续或导出。</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="119"/>
        <source>About the chosen session</source>
        <translation>所选会话的信息</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="125"/>
        <source>Continue session</source>
        <translation>继续会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="126"/>
        <source>Open the paper and go on recording in this session (it was not closed)</source>
        <translation>打开文件，在该会话中继续记录（该会话未关闭）</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="129"/>
        <source>Export record…</source>
        <translation>导出记录…</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="130"/>
        <source>Save the signed record of this closed session as a zip file</source>
        <translation>将这个已关闭会话的签名记录保存为 zip 文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="133"/>
        <source>Open paper</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="133"/>
        <source>Open the paper of this session without recording</source>
        <translation>打开该会话的文件，但不记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="174"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="174"/>
        <source>not closed: can be continued</source>
        <translation>未关闭：可以继续</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="191"/>
        <source>{n} sessions on this computer, newest first.</source>
        <translation>本电脑上有 {n} 个会话，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="196"/>
        <source>No sessions yet. Open a paper, then start a session (Ctrl+N).</source>
        <translation>还没有会话。请先打开文件，再开始会话（Ctrl+N）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="206"/>
        <source>The list of sessions could not be read: {why}</source>
        <translation>无法读取会话列表：{why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="233"/>
        <source>The paper is kept on this computer.</source>
        <translation>本电脑保留了该文件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="236"/>
        <source>This computer has no copy of the paper: you will be asked for the same file.</source>
        <translation>本电脑没有该文件的副本：将请您提供同一文件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/recent_sessions.py" line="240"/>
        <source>{name}, started {time}; {n} events; {state}. {where}</source>
        <translation>{name}，开始于 {time}；{n} 个事件；{state}。{where}</translation>
    </message>
</context>
<context>
    <name>RecordCheckDialog</name>
    <message>
        <location filename="../../app/gui/record_check.py" line="26"/>
        <location filename="../../app/gui/record_check.py" line="27"/>
        <source>Check a reading record</source>
        <translation>核验宣读记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="29"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="34"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="35"/>
        <source>What to do</source>
        <translation>怎么办</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="36"/>
        <source>Checking {name}…</source>
        <translation>正在核验 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="40"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="67"/>
        <source>✔ {name} is intact and its signature is valid.</source>
        <translation>✔ {name} 完整无损，签名有效。</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="75"/>
        <source>Compare the key fingerprint with the one written down at the visit: {fp}</source>
        <translation>请将密钥指纹与探访时记下的指纹核对：{fp}</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="81"/>
        <source>✘ {name} is NOT a valid reading record.</source>
        <translation>✘ {name} 不是有效的宣读记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="84"/>
        <source>First problem found: {problem}.</source>
        <translation>发现的第一个问题：{problem}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="87"/>
        <source>It was changed after it was exported, or it is damaged or incomplete. Do not rely on it: ask for the file exactly as it was exported, or export it again from the computer that recorded the session.</source>
        <translation>该记录在导出后被改动过，或已损坏、不完整。请勿依赖它：请索取导出时的原始文件，或在记录该会话的电脑上重新导出。</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="103"/>
        <source>The record could not be checked.</source>
        <translation>无法核验该记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_check.py" line="106"/>
        <source>Choose the .zip file that was exported, and try again.</source>
        <translation>请选择导出的 .zip 文件，然后重试。</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../app/gui/record_panel.py" line="30"/>
        <source>I understood</source>
        <translation>我听懂了</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="31"/>
        <source>I did not understand</source>
        <translation>我没有听懂</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="32"/>
        <source>I could not see the document</source>
        <translation>我看不到这份文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="33"/>
        <source>I asked for a lawyer</source>
        <translation>我要求见律师</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="36"/>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="37"/>
        <source>Refused to sign</source>
        <translation>拒绝签署</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="38"/>
        <source>Decided later</source>
        <translation>以后再决定</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="41"/>
        <source>Question asked</source>
        <translation>提出的问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="42"/>
        <source>Explanation given</source>
        <translation>给出的解释</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="43"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="84"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="85"/>
        <source>The recipient says</source>
        <translation>当事人表示</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="90"/>
        <source>Record that the recipient said: </source>
        <translation>记录当事人的表示：</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="98"/>
        <location filename="../../app/gui/record_panel.py" line="183"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="102"/>
        <source>Record the decision: </source>
        <translation>记录决定：</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="107"/>
        <source>Conversation</source>
        <translation>交谈</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="110"/>
        <source>Comprehension check…</source>
        <translation>理解确认…</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="111"/>
        <source>Record a question and the recipient&apos;s answer in their own words</source>
        <translation>记录问题以及当事人用自己的话所作的回答</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="118"/>
        <location filename="../../app/gui/record_panel.py" line="121"/>
        <source>Kind of remark</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="123"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="123"/>
        <source>Record a question, explanation or note</source>
        <translation>记录问题、解释或备注</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="132"/>
        <source>%p% read aloud</source>
        <translation>已朗读 %p%</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="133"/>
        <source>Share of the paper read aloud</source>
        <translation>文件已朗读的比例</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="134"/>
        <location filename="../../app/gui/record_panel.py" line="171"/>
        <source>Nothing read aloud yet.</source>
        <translation>尚未朗读任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="137"/>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="139"/>
        <source>Close and export record…</source>
        <translation>结束并导出记录…</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="140"/>
        <source>End the session and save the signed reading record as a zip file</source>
        <translation>结束会话，并把带签名的朗读记录保存为 zip 文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="183"/>
        <source>In the recipient&apos;s words (optional):</source>
        <translation>当事人自己的话（可选）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="192"/>
        <source>Comprehension check</source>
        <translation>理解确认</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="194"/>
        <source>Question asked:</source>
        <translation>提出的问题：</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="195"/>
        <source>Answer, in the recipient&apos;s words:</source>
        <translation>当事人用自己的话回答：</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="207"/>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="24"/>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="25"/>
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="26"/>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="27"/>
        <source>Officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="28"/>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="29"/>
        <source>Fellow detainee</source>
        <translation>同监被拘留者</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="32"/>
        <source>Mandarin 普通话</source>
        <translation>普通话 Mandarin</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="33"/>
        <source>Cantonese 粤语</source>
        <translation>粤语 Cantonese</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="36"/>
        <source>Fuzhounese 福州话 (no voice: read in Mandarin)</source>
        <translation>福州话（无语音：用普通话朗读）</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="38"/>
        <source>English</source>
        <translation>英语 English</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="41"/>
        <source>Can read the paper</source>
        <translation>能看清文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="42"/>
        <source>Low vision</source>
        <translation>视力不佳</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="43"/>
        <source>Cannot see the paper</source>
        <translation>看不到文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="67"/>
        <location filename="../../app/gui/session_dialog.py" line="68"/>
        <source>Start a reading session</source>
        <translation>开始朗读会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="70"/>
        <source>Name of the person the paper is read to</source>
        <translation>听读人的姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="71"/>
        <source>e.g. Li Wei</source>
        <translation>例如：李伟</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="72"/>
        <source>Language the person understands</source>
        <translation>此人听得懂的语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="73"/>
        <source>Can the person see the paper?</source>
        <translation>此人能看到文件吗？</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="75"/>
        <source>Read to (recipient):</source>
        <translation>为谁朗读（当事人）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="76"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="77"/>
        <source>Sight:</source>
        <translation>视力：</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="79"/>
        <source>Also present</source>
        <translation>其他在场人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="84"/>
        <source>Role of person {n}</source>
        <translation>第 {n} 人的身份</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="86"/>
        <source>Name of person {n}</source>
        <translation>第 {n} 人的姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="92"/>
        <source>Who operates ReadFirst</source>
        <translation>操作先读后签的人</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="93"/>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="95"/>
        <source>Operated by:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="103"/>
        <source>Start recording</source>
        <translation>开始记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="106"/>
        <source>Recent sessions…</source>
        <translation>最近的会话…</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="107"/>
        <source>Recent sessions</source>
        <translation>最近的会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="109"/>
        <source>Continue or export an earlier session instead of starting a new one</source>
        <translation>继续或导出之前的会话，而不是开始新的会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="159"/>
        <source>Write the name of the person the paper is read to.</source>
        <translation>请填写听读人的姓名。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="41"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="42"/>
        <source>Dark (light text on dark grey)</source>
        <translation>深色（深灰底浅色字）</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="45"/>
        <source>Yellow on black</source>
        <translation>黑底黄字</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="46"/>
        <source>White on black</source>
        <translation>黑底白字</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="47"/>
        <source>Black on white</source>
        <translation>白底黑字</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="50"/>
        <source>English</source>
        <translation>英语 English</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="51"/>
        <source>Mandarin 普通话</source>
        <translation>普通话 Mandarin</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="52"/>
        <source>Cantonese 粤语</source>
        <translation>粤语 Cantonese</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="165"/>
        <location filename="../../app/gui/settings_dialog.py" line="166"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="167"/>
        <source>Window colours</source>
        <translation>窗口颜色</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="169"/>
        <source>Large print colours</source>
        <translation>大字显示颜色</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="176"/>
        <source>Type size of the window, percent</source>
        <translation>窗口字号（百分比）</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="178"/>
        <source>Larger type for everything in the window (large print has its own zoom)</source>
        <translation>放大窗口中所有文字（大字显示另有缩放）</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="180"/>
        <source>Voice to read aloud in</source>
        <translation>朗读所用的语音</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="185"/>
        <source>Speaking speed, words per minute</source>
        <translation>语速（每分钟字数）</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="188"/>
        <location filename="../../app/gui/settings_dialog.py" line="244"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="190"/>
        <source>Where the records, keys, language packages and kept papers are stored</source>
        <translation>记录、密钥、语言包和保留文件的存放位置</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="192"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="193"/>
        <source>Choose the data directory</source>
        <translation>选择数据目录</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="194"/>
        <source>Pick a folder for the data directory</source>
        <translation>为数据目录选择一个文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="201"/>
        <source>A new data directory is used from the next start of ReadFirst; the session open now stays where it is. Records already made are not moved. (When the READFIRST_DATA_DIR environment variable is set, it wins.)</source>
        <translation>新的数据目录将在 ReadFirst 下次启动时使用；当前打开的会话保持原位。已有的记录不会被移动。（如设置了环境变量 READFIRST_DATA_DIR，以其为准。）</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="209"/>
        <source>Window colours:</source>
        <translation>窗口颜色：</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="210"/>
        <source>Type size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="211"/>
        <source>Large print colours:</source>
        <translation>大字显示颜色：</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="212"/>
        <source>Voice:</source>
        <translation>语音：</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="213"/>
        <source>Speed:</source>
        <translation>语速：</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="215"/>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="221"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
</TS>
