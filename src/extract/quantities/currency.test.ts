import { describe, expect, it } from "vitest";
import { recogniseQuantities } from "./quantities.js";

const money = (text: string) => recogniseQuantities(text).filter((x) => x.kind === "money").map((x) => ({ text: x.text, value: x.value, unit: x.unit }));
const one = (text: string) => {
  const all = money(text);
  expect(all).toHaveLength(1);
  return all[0];
};

describe("money", () => {
  it("reads minor units as money, the amount as written", () => {
    expect(one("The stock slipped 27 cents on Monday.")).toMatchObject({ text: "27 cents", value: 27, unit: "USD cents" });
    expect(one("Tickets went up by 85 pence.")).toMatchObject({ value: 85, unit: "GBP pence" });
    expect(one("The shares closed one penny lower.")).toMatchObject({ value: 1, unit: "GBP pence" });
    expect(one("The board declared a 9-cent-a-share payout.")).toMatchObject({ text: "9-cent", value: 9, unit: "USD cents" });
    expect(one("Milk averaged 38.5 cents a litre.")).toMatchObject({ value: 38.5, unit: "USD cents" });
  });

  it("reads currency names, with their country's adjective, from the currency data", () => {
    expect(one("The mill was sold for 80 million swedish kronor.")).toMatchObject({ value: 80e6, unit: "SEK" });
    expect(one("Fines reached 2,500 Swiss francs.")).toMatchObject({ value: 2500, unit: "CHF" });
    expect(one("It raised 40 million Australian dollars in bonds.")).toMatchObject({ value: 40e6, unit: "AUD" });
    expect(one("The canal cost 90 million dutch guilders to dredge.")).toMatchObject({ value: 90e6, unit: "NLG" });
    expect(one("A loan of 3.2 billion pesetas was agreed.")).toMatchObject({ value: 3.2e9, unit: "ESP" });
    expect(one("The sawmill fetched 12 million markka.")).toMatchObject({ unit: "FIM" });
    expect(one("a one-yen tender")).toMatchObject({ value: 1, unit: "JPY" });
  });

  it("reads codes and signs before or after the number", () => {
    expect(one("The fee is EUR 40.")).toMatchObject({ value: 40, unit: "EUR" });
    expect(one("a charge of 40EUR")).toMatchObject({ value: 40, unit: "EUR" });
    expect(one("it sold for 12 € in the end")).toMatchObject({ value: 12, unit: "EUR" });
    expect(one("The budget is 45 USD million.")).toMatchObject({ value: 45e6, unit: "USD" });
    expect(one("Write-downs topped 12 MEUR last year.")).toMatchObject({ value: 12e6, unit: "EUR" });
    expect(one("Exports reached HK$ 3.2 billion.")).toMatchObject({ value: 3.2e9, unit: "HKD" });
    expect(one("The rink cost C$ 8 million.")).toMatchObject({ unit: "CAD" });
  });

  it("does not read words or articles before a dollar sign as currencies", () => {
    expect(one("They took a $5 million loss.")).toMatchObject({ value: 5e6, unit: "USD" });
    expect(one("The firm's $2 bid failed.")).toMatchObject({ unit: "USD" });
    expect(money("ALL 4 runners finished.")).toEqual([]);
    expect(money("She won 5 gold medals.")).toEqual([]);
    expect(one("It cost us $4 million.")).toMatchObject({ text: "$4 million", unit: "USD" });
    expect(money("Votes: Mills 14, Rand Tully 9.")).toEqual([]);
    expect(money("10 eur 20 usd").map((m) => m.unit)).toEqual(["EUR", "USD"]);
  });

  it("reads a sum written in two units as one amount", () => {
    expect(one("The toy cost 7 dollars 25 cents.")).toMatchObject({ value: 7.25, unit: "USD" });
    expect(one("The toy cost eleven dollars and sixty cents")).toMatchObject({ value: 11.6 });
    expect(one("a ticket at twenty dollars thirty")).toMatchObject({ value: 20.3 });
    expect(one("It is 9 pounds 40.")).toMatchObject({ value: 9.4, unit: "GBP" });
    // two sums, and a sum with a decimal already, stay apart
    expect(money("He paid 20 dollars 30 euros").map((m) => m.value)).toEqual([20, 30]);
    expect(recogniseQuantities("The fee is $6.50 and 12 people paid.").map((x) => x.value)).toEqual([6.5, 12]);
  });
});
