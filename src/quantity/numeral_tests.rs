use super::*;

/// (text, value, bytes read): the numeral at the start of each text.
const CASES: &[(&str, f64, usize)] = &[
    ("一千五百", 1500.0, 12),
    ("两", 2.0, 3),
    ("兩千六", 2600.0, 9),
    ("〇", 0.0, 3),
    ("零", 0.0, 3),
    ("十", 10.0, 3),
    ("十二", 12.0, 6),
    ("一十一", 11.0, 9),
    ("廿二日", 22.0, 6),
    ("一百零一", 101.0, 12),
    ("一百十一", 111.0, 12),
    ("一千零十", 1010.0, 12),
    ("一万零百一十一", 10111.0, 21),
    ("十万零一", 100001.0, 12),
    ("一千零一万零一", 10010001.0, 21),
    ("一亿五千万零六千三百五十五", 150006355.0, 39),
    ("一亿五千万", 150000000.0, 15),
    ("壹佰壹拾壹", 111.0, 15),
    ("壹仟壹佰壹拾壹万壹仟壹佰壹拾壹", 11111111.0, 45),
    ("拾壹", 11.0, 6),
    ("玖仟陆佰陆拾伍", 9665.0, 21),
    ("一九零三", 1903.0, 12),
    ("二〇一七年", 2017.0, 12),
    ("零一二", 12.0, 9),
    ("一二点三零", 12.3, 15),
    ("零点一", 0.1, 9),
    ("零点零零一", 0.001, 15),
    ("十二点零", 12.0, 12),
    ("一百点123", 100.123, 12),
    ("三万五", 35000.0, 9),
    ("十三万五", 135000.0, 12),
    ("一百二", 120.0, 9),
    ("一百二十万三", 1203000.0, 18),
    ("十万零一千", 101000.0, 15),
    ("100万三千", 1003000.0, 12),
    ("200亿零四千230", 20000004230.0, 18),
    ("1百01", 101.0, 6),
    ("1万600", 10600.0, 7),
    ("10.1", 10.1, 4),
    ("1,186.31", 1186.31, 8),
    ("１２３", 123.0, 9),
    ("３．５", 3.5, 9),
    // a trailing scale stays out of the numeral, to stand in the unit
    ("8亿", 8.0, 1),
    ("1.3万亿", 1.3, 3),
    ("十万", 10.0, 3),
    ("一千一百一十一万一千一百一十一亿", 11111111.0, 45),
    // where the numeral stops
    ("3,5家", 3.0, 1),
    ("十三五", 13.0, 6),
    ("2016年", 2016.0, 4),
    ("1.加快", 1.0, 1),
];

#[test]
fn reads_numerals() {
    for &(text, value, end) in CASES {
        let n = parse(text, 0).unwrap_or_else(|| panic!("no numeral in {text}"));
        assert!(
            (n.value - value).abs() <= 1e-9 * value.abs().max(1.0),
            "{text}: value {} != {value}",
            n.value
        );
        assert_eq!(n.end, end, "{text}: end");
    }
}

#[test]
fn endless_decimals_read_as_a_number() {
    for (whole, digit) in [("0.", "4"), ("零点", "四")] {
        let text = format!("{whole}{}", digit.repeat(400));
        let n = parse(&text, 0).expect("a numeral");
        assert_eq!(n.end, text.len());
        assert!((n.value - 4.0 / 9.0).abs() < 1e-12, "{}", n.value);
    }
}

#[test]
fn reads_only_numerals() {
    for text in ["", "家", "万元", "点五", "负"] {
        assert_eq!(parse(text, 0), None, "{text}");
    }
}

#[test]
fn describes_the_form_written() {
    let year = parse("2016年", 0).unwrap();
    assert!(year.arabic && year.int_digits == 4 && !year.has_point);
    let cn_year = parse("二〇一七年", 0).unwrap();
    assert!(!cn_year.arabic && cn_year.int_digits == 4);
    assert!(parse("壹拾壹", 0).unwrap().financial);
    assert!(parse("两个", 0).unwrap().lone_digit);
    assert!(!parse("两千", 0).unwrap().lone_digit);
    assert_eq!(parse("一千五百", 0).unwrap().int_digits, 0);
}
