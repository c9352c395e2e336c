//! Character folding so that a traditional-script or full-width metric compares
//! with its simplified, half-width twin (國內生產總值 = 国内生产总值, ＧＤＰ = GDP).

use std::sync::LazyLock;

/// Traditional characters common in government reports, each above its simplified form.
/// Only characters whose simplified form is unambiguous are listed.
const TRADITIONAL: &str = "國內產總長漲價鎮業萬億調記貧減單資費額進級經濟發專請數術區縣設計劃實現達標質穩與環綠態糧農醫療養學園廠務華東廣門開關際貿買賣場稅財預營運輸鐵電車網絡訊號創項個從員機構體統準規製貸險證戶兩歲積將們會議對應擴傳護權視聯補貼獎勵軟銷優勢鏈條轉讓諮詢換觀點輕負債蓋齡線問題書館頁訪擊動簡職處測試驗檢團隊導師課圖獲評選舉辦種類較為約邊廳這過還來時間後裡圓噸畝於並戰強擬報陳錄屆備爭據緩難雜嚴復複衛滿儲節籌確決斷層廢棄淨採礦氣熱響適當歸慮觸殘獨聞紀鐘幣匯樣義習礎築輛鄉鄰屬億萬幾髮麵隻臺颱台灣陸續風繼佔綜結顯連攝臨堅槓桿爲偉倫僅寬別興無見歷勞僱漁銀錢貨壓飛畫雙認識責燈藥兒婦頭黨領協繫係齊樓倉庫購範圍況塊壞飯執歡雲軍遠遷違鋼鍵閉陽隨靈頂順頻顧飲餘馬驅鬥魚鳥鹽麥黃龍";
const SIMPLIFIED: &str = "国内产总长涨价镇业万亿调记贫减单资费额进级经济发专请数术区县设计划实现达标质稳与环绿态粮农医疗养学园厂务华东广门开关际贸买卖场税财预营运输铁电车网络讯号创项个从员机构体统准规制贷险证户两岁积将们会议对应扩传护权视联补贴奖励软销优势链条转让咨询换观点轻负债盖龄线问题书馆页访击动简职处测试验检团队导师课图获评选举办种类较为约边厅这过还来时间后里圆吨亩于并战强拟报陈录届备争据缓难杂严复复卫满储节筹确决断层废弃净采矿气热响适当归虑触残独闻纪钟币汇样义习础筑辆乡邻属亿万几发面只台台台湾陆续风继占综结显连摄临坚杠杆为伟伦仅宽别兴无见历劳雇渔银钱货压飞画双认识责灯药儿妇头党领协系系齐楼仓库购范围况块坏饭执欢云军远迁违钢键闭阳随灵顶顺频顾饮余马驱斗鱼鸟盐麦黄龙";

/// Whether a character is a Han ideograph of the basic block, where every word of a
/// government text is written.
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Fold one character: traditional to simplified, full-width ASCII to half-width,
/// ASCII letters to upper case.
pub fn fold_char(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    simplified_char(c)
}

/// The simplified form of a traditional character; any other character as it is.
fn simplified_char(c: char) -> char {
    let table = table();
    match table.binary_search_by_key(&c, |&(t, _)| t) {
        Ok(i) => table[i].1,
        Err(_) => c,
    }
}

/// `s` in simplified script, its punctuation, widths and letters as written: how a
/// name read from a traditional-script page is shown.
pub fn in_simplified_script(s: &str) -> String {
    s.chars().map(simplified_char).collect()
}

/// The folding table as pairs sorted by the traditional character, for a binary
/// search: every metric and issuer is folded, so a linear scan of the table was a hot spot.
/// Where a character is listed twice the first listing wins, as a scan from the start would.
fn table() -> &'static [(char, char)] {
    static TABLE: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
        let mut pairs: Vec<(char, char)> = TRADITIONAL.chars().zip(SIMPLIFIED.chars()).collect();
        pairs.sort_by_key(|&(t, _)| t);
        pairs.dedup_by_key(|&mut (t, _)| t);
        pairs
    });
    &TABLE
}

/// Fold every character of `s` (see [`fold_char`]).
pub fn simplify(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_line_up() {
        assert_eq!(TRADITIONAL.chars().count(), SIMPLIFIED.chars().count());
    }

    #[test]
    fn the_lookup_agrees_with_the_first_listing_of_each_character() {
        for (i, t) in TRADITIONAL.chars().enumerate() {
            let first = TRADITIONAL.chars().position(|c| c == t).unwrap();
            assert!(first <= i);
            assert_eq!(fold_char(t), SIMPLIFIED.chars().nth(first).unwrap(), "{t}");
        }
    }

    #[test]
    fn folds_traditional_and_full_width() {
        assert_eq!(simplify("國內生產總值成長率"), "国内生产总值成长率");
        assert_eq!(simplify("城鎮調查失業率"), "城镇调查失业率");
        assert_eq!(simplify("金融風險陸續佔比"), "金融风险陆续占比");
        assert_eq!(simplify("ＧＤＰ"), "GDP");
        assert_eq!(simplify("cpi"), "CPI");
        assert_eq!(
            in_simplified_script("外貿（進出口）cpi"),
            "外贸（进出口）cpi"
        );
    }
}
