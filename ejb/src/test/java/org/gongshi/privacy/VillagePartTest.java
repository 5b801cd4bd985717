package org.gongshi.privacy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The address mask's position-filtered matching gives exactly what the plain regex search gave. */
class VillagePartTest {

    private static final Pattern ADMIN_UNIT = Pattern.compile(
            "村民小组|村民委员会|居民委员会|村委会|居委会|自然村|行政村|社区|小组|街道|自治区|自治州|自治县"
                    + "|村|组|队|镇|乡|县|区|市|州|盟|旗|省");
    private static final Pattern HOUSE_PART = Pattern.compile(
            "[0-9０-９零〇一二三四五六七八九十百千两甲乙丙丁A-Za-zＡ-Ｚ#＃\\-－]+\\s*(?:号|室|幢|栋|单元|楼|层|弄|巷|排|户|门|座|区块)"
                    + "|[0-9０-９]{2,}(?![0-9０-９]*(?:组|队|社))|路|街(?!道)|巷|弄|大道|胡同|小区|花园|公寓|大厦");

    /** The mask as it was written first: {@code find} at every position. */
    private static String before(String value) {
        String address = value.replaceAll("[\\s\\u3000]+", "");
        Matcher house = HOUSE_PART.matcher(address);
        int limit = house.find() ? house.start() : address.length();
        Matcher unit = ADMIN_UNIT.matcher(address);
        int cut = -1;
        while (unit.find() && unit.end() <= limit) {
            cut = unit.end();
        }
        return cut <= 0 ? Masks.WHOLE_TEXT : address.substring(0, cut);
    }

    @Test
    void the_village_part_of_every_address_is_what_the_plain_search_gave() {
        List<String> addresses = new ArrayList<>(SyntheticPeople.generate(5_000, 5).stream().map(SyntheticPeople.Person::address).toList());
        addresses.addAll(List.of("浙江省文成县百丈漈镇篁庄村3组28号501室", "文成县大峃镇建设路12号", "篁庄村村民小组", "西里村二组十五号",
                "大峃镇城东街道新华社区A幢3单元", "篁庄村 3 组", "百丈漈镇 篁庄村委会 1号", "朝阳区三里屯街道工体北路8号院",
                "某某小区5栋", "12345", "", "村", "花园村一组", "公社村07组", "大道村 23组 4号", "-3号", "组组组1号村"));
        Random r = new Random(1);
        String alphabet = "村组队镇乡县区市省社小街道号室路巷弄大胡同花园公寓厦0123456789０９一二十甲A#- 　";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = r.nextInt(16); n > 0; n--) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            addresses.add(s.toString());
        }
        for (String a : addresses) {
            assertThat(Masks.villagePart(a)).as(a).isEqualTo(before(a));
        }
    }
}
