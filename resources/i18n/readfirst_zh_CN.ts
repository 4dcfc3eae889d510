<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HelpPanel</name>
    <message>
        <location filename="../../app/gui/help_panel.py" line="9"/>
        <source>Open a paper</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="10"/>
        <source>Start a reading session (who is present)</source>
        <translation>开始朗读会话（在场人员）</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="11"/>
        <source>Read aloud / pause</source>
        <translation>朗读 / 暂停</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="12"/>
        <source>Previous / next sentence</source>
        <translation>上一句 / 下一句</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="13"/>
        <source>Repeat the sentence</source>
        <translation>重读当前句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="14"/>
        <source>Large print (then + / - to zoom, T for colours)</source>
        <translation>大字显示（+ / - 缩放，T 切换颜色）</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="15"/>
        <source>Correct the Chinese of the chosen sentence</source>
        <translation>修改所选句子的中文</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="16"/>
        <source>Record what the recipient says</source>
        <translation>记录当事人的表示</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="17"/>
        <source>Comprehension check</source>
        <translation>理解确认</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="18"/>
        <source>Close the session and export the record</source>
        <translation>结束会话并导出记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="19"/>
        <source>Move between controls</source>
        <translation>在控件之间移动</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="20"/>
        <source>This list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="27"/>
        <location filename="../../app/gui/help_panel.py" line="28"/>
        <location filename="../../app/gui/help_panel.py" line="31"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="30"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_panel.py" line="30"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>LargePrintView</name>
    <message>
        <location filename="../../app/gui/large_print.py" line="32"/>
        <source>Large print</source>
        <translation>大字显示</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="33"/>
        <source>Large print view</source>
        <translation>大字阅读视图</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="34"/>
        <source>The current sentence in large, high-contrast type</source>
        <translation>以高对比度大字显示当前句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="39"/>
        <source>Position in the paper</source>
        <translation>在文件中的位置</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="44"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/large_print.py" line="47"/>
        <source>Chinese translation</source>
        <translation>中文译文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/window.py" line="300"/>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="279"/>
        <source>ReadFirst 先读后签</source>
        <translation>先读后签 ReadFirst</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="280"/>
        <source>Reading</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="282"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="282"/>
        <source>Open a paper: PDF, photo or scan</source>
        <translation>打开文件：PDF、照片或扫描件</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="284"/>
        <source>Session…</source>
        <translation>会话…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="285"/>
        <source>Start a reading session: who is present, language, sight</source>
        <translation>开始朗读会话：在场人员、语言、视力</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="288"/>
        <source>Continue interrupted session</source>
        <translation>继续中断的会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="289"/>
        <source>Continue the session on this paper that was cut off (crash, power cut)</source>
        <translation>继续这份文件上被意外中断（程序崩溃、断电）的会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="291"/>
        <source>◀ Previous</source>
        <translation>◀ 上一句</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="291"/>
        <source>Go to the previous sentence</source>
        <translation>转到上一句</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="293"/>
        <location filename="../../app/gui/window.py" line="1094"/>
        <source>⏸ Pause</source>
        <translation>⏸ 暂停</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="293"/>
        <location filename="../../app/gui/window.py" line="1094"/>
        <source>▶ Read aloud</source>
        <translation>▶ 朗读</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="294"/>
        <source>Read aloud from the current sentence, or pause</source>
        <translation>从当前句子开始朗读，或暂停</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="296"/>
        <source>Next ▶</source>
        <translation>下一句 ▶</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="296"/>
        <source>Go to the next sentence</source>
        <translation>转到下一句</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="297"/>
        <source>Repeat</source>
        <translation>重读</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="297"/>
        <source>Read the current sentence again</source>
        <translation>再读一遍当前句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="299"/>
        <source>Large print</source>
        <translation>大字显示</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="300"/>
        <source>Show the current sentence in large, high-contrast type</source>
        <translation>以高对比度大字显示当前句子</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="303"/>
        <source>Install language package from file…</source>
        <translation>从文件安装语言包…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="305"/>
        <source>Install an English-to-Chinese package (.argosmodel) carried in on a USB stick</source>
        <translation>安装随U盘带来的英译中语言包（.argosmodel）</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="308"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="308"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="310"/>
        <source>中文界面</source>
        <translation>中文界面</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="310"/>
        <source>English UI</source>
        <translation>English UI</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="311"/>
        <source>Switch the interface between English and Chinese</source>
        <translation>在中文和英文界面之间切换</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="323"/>
        <source> Read in: </source>
        <translation> 朗读语言：</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="324"/>
        <source>Reading language</source>
        <translation>朗读语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="326"/>
        <source>The language the text is read aloud in</source>
        <translation>朗读文本所用的语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="328"/>
        <source> Speed: </source>
        <translation> 语速：</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="329"/>
        <source>Speaking speed, words per minute</source>
        <translation>语速（每分钟字数）</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="330"/>
        <source>Slower is easier to follow</source>
        <translation>慢一些更容易听懂</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="331"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="332"/>
        <source>Recording state</source>
        <translation>记录状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="333"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="335"/>
        <source>The pages of the paper; choose one to show it</source>
        <translation>文件的各页；选择一页即可显示</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="337"/>
        <source>Page image</source>
        <translation>页面图像</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="339"/>
        <source>The page as scanned, with the current sentence highlighted</source>
        <translation>扫描的页面，当前句子已高亮</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="341"/>
        <source>Text of the paper</source>
        <translation>文件文本</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="343"/>
        <source>Sentences in reading order, Chinese below; Enter corrects the Chinese</source>
        <translation>按阅读顺序排列的句子，下方为中文；按回车键修改中文</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="345"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="346"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="347"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="348"/>
        <source>Cancel reading the paper</source>
        <translation>取消读取文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="351"/>
        <source>Open a paper to begin (Ctrl+O), or drop a file here.</source>
        <translation>打开文件开始（Ctrl+O），或把文件拖到这里。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="399"/>
        <source>● Recording: reading to {name} in {language}. Signed key {key}.</source>
        <translation>● 正在记录：用{language}为{name}朗读。签名密钥 {key}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="407"/>
        <source>Not recording. A session on this paper was interrupted (started {time}): continue it (Ctrl+Shift+N) or start a new one (Ctrl+N).</source>
        <translation>未在记录。这份文件上的一个会话（开始于 {time}）被中断：可以继续（Ctrl+Shift+N），或开始新会话（Ctrl+N）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="413"/>
        <source>Not recording. Start a session (Ctrl+N) to keep a signed record.</source>
        <translation>未在记录。开始会话（Ctrl+N）以保存带签名的记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="421"/>
        <source>Open the paper first, then start the session.</source>
        <translation>请先打开文件，再开始会话。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="534"/>
        <source>Recorded: {what}</source>
        <translation>已记录：{what}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="541"/>
        <source>Recording stopped: {why} Everything recorded before this stays valid.</source>
        <translation>记录已停止：{why} 此前记录的内容仍然有效。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="572"/>
        <source>Save the reading record</source>
        <translation>保存朗读记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="591"/>
        <source>Reading record saved: {path}</source>
        <translation>朗读记录已保存：{path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="597"/>
        <source>Open a paper</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="630"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="663"/>
        <source>Stopped. Open the paper again to read it.</source>
        <translation>已停止。请重新打开文件以读取。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="670"/>
        <source>Could not open the paper: {error}. Please report this problem.</source>
        <translation>无法打开文件：{error}。请报告此问题。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="674"/>
        <source>Nothing open.</source>
        <translation>没有打开的文件。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="685"/>
        <source>text layer</source>
        <translation>文本层</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="687"/>
        <source>{name}: {pages} pages, {n} sentences ({how}).</source>
        <translation>{name}：{pages} 页，{n} 句（{how}）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="803"/>
        <source>No full translation available: no language package is installed. Only key legal terms are shown in Chinese; the English can be read aloud. Install a language package from file to translate everything.</source>
        <translation>没有完整译文：未安装语言包。只以中文显示关键法律术语；英文可以朗读。从文件安装语言包后即可翻译全文。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="362"/>
        <location filename="../../app/gui/window.py" line="692"/>
        <source>Page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="695"/>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="702"/>
        <source>No text was found on this paper. Check the scan, or try a clearer photo.</source>
        <translation>在此文件上没有找到文字。请检查扫描件，或换一张更清晰的照片。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="719"/>
        <source>— Page {n} —</source>
        <translation>— 第 {n} 页 —</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="741"/>
        <source>corrected</source>
        <translation>已人工修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="741"/>
        <source>machine</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="748"/>
        <source>Terms: {terms}</source>
        <translation>术语：{terms}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="753"/>
        <source>Low OCR confidence ({pct}): check this line on the paper.</source>
        <translation>文字识别可信度低（{pct}）：请对照原件核对这一行。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="778"/>
        <source>Translation failed: {why}</source>
        <translation>翻译失败：{why}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="798"/>
        <source>Machine translation, not a certified translation. 机器翻译，非认证翻译。</source>
        <translation>机器翻译，非认证翻译。Machine translation, not a certified translation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="817"/>
        <source>Correct the Chinese</source>
        <translation>修改中文</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="819"/>
        <source>English:
{en}

Chinese (your correction is kept beside the machine&apos;s):</source>
        <translation>英文：
{en}

中文（您的修改会与机器译文并列保存）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="855"/>
        <source>Install language package</source>
        <translation>安装语言包</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="866"/>
        <source>Installing {name}…</source>
        <translation>正在安装 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="873"/>
        <source>Installed language package {code} {version}.</source>
        <translation>已安装语言包 {code} {version}。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="883"/>
        <source>Language package not installed</source>
        <translation>语言包未安装</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="907"/>
        <source>Could not show the page image: {error}</source>
        <translation>无法显示页面图像：{error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1001"/>
        <source>Page {page} · sentence {n} of {total}</source>
        <translation>第 {page} 页 · 第 {n} 句，共 {total} 句</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1016"/>
        <source>This paper is in Chinese: read it in Mandarin or Cantonese.</source>
        <translation>这份文件是中文的：请用普通话或粤语朗读。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1024"/>
        <source>No Chinese translation is installed, so this English paper can only be read aloud in English. Install a language package from file, or choose English.</source>
        <translation>未安装中文翻译，这份英文文件只能用英文朗读。请从文件安装语言包，或选择英文。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1099"/>
        <source>No audio output device was found, so nothing can be read aloud on this computer. Connect speakers or headphones and try again.</source>
        <translation>没有找到音频输出设备，这台电脑无法朗读。请连接扬声器或耳机后再试。</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1106"/>
        <source>read aloud</source>
        <translation>已朗读</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1107"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../app/gui/window.py" line="1108"/>
        <source>not read</source>
        <translation>未朗读</translation>
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
        <location filename="../../app/gui/record_panel.py" line="176"/>
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
        <source>Kind of remark</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="120"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="120"/>
        <source>Record a question, explanation or note</source>
        <translation>记录问题、解释或备注</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="129"/>
        <source>%p% read aloud</source>
        <translation>已朗读 %p%</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="130"/>
        <source>Share of the paper read aloud</source>
        <translation>文件已朗读的比例</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="131"/>
        <source>Nothing read aloud yet.</source>
        <translation>尚未朗读任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="133"/>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="135"/>
        <source>Close and export record…</source>
        <translation>结束并导出记录…</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="136"/>
        <source>End the session and save the signed reading record as a zip file</source>
        <translation>结束会话，并把带签名的朗读记录保存为 zip 文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="176"/>
        <source>In the recipient&apos;s words (optional):</source>
        <translation>当事人自己的话（可选）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="185"/>
        <source>Comprehension check</source>
        <translation>理解确认</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="187"/>
        <source>Question asked:</source>
        <translation>提出的问题：</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="188"/>
        <source>Answer, in the recipient&apos;s words:</source>
        <translation>当事人用自己的话回答：</translation>
    </message>
    <message>
        <location filename="../../app/gui/record_panel.py" line="200"/>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="23"/>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="24"/>
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="25"/>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="26"/>
        <source>Officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="27"/>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="28"/>
        <source>Fellow detainee</source>
        <translation>同监被拘留者</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="31"/>
        <source>Mandarin 普通话</source>
        <translation>普通话 Mandarin</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="32"/>
        <source>Cantonese 粤语</source>
        <translation>粤语 Cantonese</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="35"/>
        <source>Fuzhounese 福州话 (no voice: read in Mandarin)</source>
        <translation>福州话（无语音：用普通话朗读）</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="37"/>
        <source>English</source>
        <translation>英语 English</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="40"/>
        <source>Can read the paper</source>
        <translation>能看清文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="41"/>
        <source>Low vision</source>
        <translation>视力不佳</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="42"/>
        <source>Cannot see the paper</source>
        <translation>看不到文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="66"/>
        <location filename="../../app/gui/session_dialog.py" line="67"/>
        <source>Start a reading session</source>
        <translation>开始朗读会话</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="69"/>
        <source>Name of the person the paper is read to</source>
        <translation>听读人的姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="70"/>
        <source>e.g. Li Wei</source>
        <translation>例如：李伟</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="71"/>
        <source>Language the person understands</source>
        <translation>此人听得懂的语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="72"/>
        <source>Can the person see the paper?</source>
        <translation>此人能看到文件吗？</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="74"/>
        <source>Read to (recipient):</source>
        <translation>为谁朗读（当事人）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="75"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="76"/>
        <source>Sight:</source>
        <translation>视力：</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="78"/>
        <source>Also present</source>
        <translation>其他在场人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="83"/>
        <source>Role of person {n}</source>
        <translation>第 {n} 人的身份</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="85"/>
        <source>Name of person {n}</source>
        <translation>第 {n} 人的姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="91"/>
        <source>Who operates ReadFirst</source>
        <translation>操作先读后签的人</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="92"/>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="94"/>
        <source>Operated by:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="102"/>
        <source>Start recording</source>
        <translation>开始记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/session_dialog.py" line="141"/>
        <source>Write the name of the person the paper is read to.</source>
        <translation>请填写听读人的姓名。</translation>
    </message>
</context>
</TS>
