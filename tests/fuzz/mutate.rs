//! Mutations and generated text, biased to the domain: numerals in every script,
//! units, comparison words, heading markers, brackets, quotes, line ends, HTML.

use super::Rng;

// Grouped by kind, several to a line: one per line would hide the groups.
#[rustfmt::skip]
pub const TOKENS: &[&str] = &[
    // numerals
    "0", "1", "2", "3", "5", "8", "9", "10", "100", "2014", "2023", "3.5", "0.5", "1,000",
    "12.5", "99999999999999999999999", "0.000001", "０", "１", "２", "５", "８", "９", "％", "．", "，",
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿", "零", "〇", "两", "壹",
    "贰", "叁", "拾", "佰", "仟", "廿", "半", "几", "数", "兆", "百分之", "分之", "负", "-", "−", "+", "e", "E",
    // units
    "家", "个", "项", "件", "人", "人次", "元", "万元", "亿元", "万美元", "%", "个百分点", "平方米", "万平方米", "吨",
    "公里", "千瓦", "倍", "年", "月", "日", "号", "批", "次", "亩", "℃", "GB", "T",
    // comparison and change words
    "以上", "以下", "左右", "不少于", "不低于", "达到", "超过", "超", "突破", "力争", "增长", "下降", "提高", "新增", "累计",
    "约", "近", "多", "余", "不超过", "控制在", "以内", "至少", "同比", "比上年", "增加", "减少", "完成", "全年", "目标",
    "实际",
    // punctuation and space
    "、", "，", "。", "；", "：", "（", "）", "(", ")", "〔", "〕", "[", "]", "“", "”", "\"", "《", "》",
    "—", "～", "~", "至", "到", "/", ".", "·", "第", "是", "|", "\n", "\r\n", "\r", " ", "\u{3000}",
    "\t", "\u{a0}", "\u{feff}", "\0",
    // headings
    "\n一、", "\n（一）", "\n(二)", "\n1.", "\n1、", "\n（1）", "\n①", "\n第一章", "\n第二节", "\n一是",
    "\n二十三、", "\n（二十）", "\n3．", "\n一、2015年工作回顾\n", "\n二、2016年工作要点\n",
    // document words
    "工作要点", "工作总结", "年工作", "上海市", "嘉定区", "科学技术委员会", "2016年", "二〇一七年", "〔2014〕62号", "嘉科[2014]1号",
    "2014年1月27日", "2017.02.13", "2014-01-27", "主要指标", "完成情况", "企业", "孵化器", "专利申请量", "高新技术企业",
    "研发投入", "十三五", "进一步", "统一", "5G", "3.0T", "17号线",
    // page furniture
    "# source: http://a.b/c | 标题\n", "<html>", "<p>", "</p>", "<td>", "</td>", "<tr>", "</tr>",
    "<table>", "&nbsp;", "&amp;", "&#20010;", "<title>", "</title>", "<br>", "<script>",
    "</script>", "<!--", "-->", "<", ">", "&", "首页", "纠错", "打印本页",
];

// Grouped by kind, several to a line: one per line would hide the groups.
#[rustfmt::skip]
const FILLER: &[&str] = &[
    "新增", "企业", "孵化器", "专利", "申请量", "科技", "建设", "推进", "项目",
];

/// Text made of domain tokens and filler words.
pub fn generate_text(rng: &mut Rng, max_tokens: usize) -> String {
    let n = 1 + rng.below(max_tokens);
    let mut s = String::new();
    for _ in 0..n {
        if rng.one_in(4) {
            s.push_str(rng.pick::<&str>(FILLER));
        } else {
            s.push_str(rng.pick::<&str>(TOKENS));
        }
    }
    s
}

/// Apply one to four mutations. With `utf8`, the input must be UTF-8 and stays so:
/// edits land on char boundaries and no raw bytes are written.
pub fn mutate(rng: &mut Rng, data: &mut Vec<u8>, pool: &[Vec<u8>], utf8: bool) {
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let ops = if utf8 { 8 } else { 11 };
        match rng.below(ops) {
            0 | 1 => {
                let at = position(rng, data, utf8);
                let tok = rng.pick(TOKENS).as_bytes();
                data.splice(at..at, tok.iter().copied());
            }
            2 => {
                let (a, b) = range(rng, data, utf8);
                data.drain(a..b);
            }
            3 => {
                let (a, b) = range(rng, data, utf8);
                let copy = data[a..b].to_vec();
                let at = position(rng, data, utf8);
                data.splice(at..at, copy);
            }
            4 => {
                // A run of one token: deep nesting, long lines, many headings.
                let tok = rng.pick(TOKENS);
                let cap = if rng.one_in(8) { 3000 } else { 40 };
                let times = 1 + rng.below(cap);
                let at = position(rng, data, utf8);
                data.splice(at..at, tok.repeat(times).into_bytes());
            }
            5 => {
                if let Some(other) = (!pool.is_empty()).then(|| rng.pick(pool)) {
                    let (a, b) = range(rng, other, utf8);
                    let at = position(rng, data, utf8);
                    data.splice(at..at, other[a..b].iter().copied());
                }
            }
            6 => {
                // Digits and percent signs turned full-width in a stretch.
                let (a, b) = range(rng, data, utf8);
                let wide = widen(&String::from_utf8_lossy(&data[a..b]));
                if utf8 {
                    data.splice(a..b, wide.into_bytes());
                }
            }
            7 => {
                let at = position(rng, data, utf8);
                let text = generate_text(rng, 12);
                data.splice(at..at, text.into_bytes());
            }
            8 => {
                if !data.is_empty() {
                    let at = rng.below(data.len());
                    data[at] ^= 1 << rng.below(8);
                }
            }
            9 => {
                let at = rng.below(data.len() + 1);
                let b = *rng.pick(&[0u8, 0x80, 0xA1, 0xBF, 0xC0, 0xE3, 0xFE, 0xFF, b'\r', b'\n']);
                data.insert(at, b);
            }
            _ => {
                // Truncate: a download cut short.
                let at = position(rng, data, utf8);
                data.truncate(at);
            }
        }
    }
}

/// ASCII digits, '.' between digits and '%' as their full-width forms.
pub fn widen(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            '%' => '％',
            _ => c,
        })
        .collect()
}

fn position(rng: &mut Rng, data: &[u8], utf8: bool) -> usize {
    let mut at = rng.below(data.len() + 1);
    if utf8 {
        while at < data.len() && (data[at] & 0xC0) == 0x80 {
            at += 1;
        }
    }
    at
}

fn range(rng: &mut Rng, data: &[u8], utf8: bool) -> (usize, usize) {
    let a = position(rng, data, utf8);
    let cap = if rng.one_in(4) { 4096 } else { 64 };
    let len = 1 + rng.below(cap);
    let mut b = (a + len).min(data.len());
    if utf8 {
        while b < data.len() && (data[b] & 0xC0) == 0x80 {
            b += 1;
        }
    }
    (a, b)
}
