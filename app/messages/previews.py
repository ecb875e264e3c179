"""The dialogs' before-saving previews: an overdraw said with its amount and contract section."""

MESSAGES = {
    "preview.overdraw.credits": {
        "en": "The {country} credit pool falls to {after} credits on {day} (from {before}): "
              "a balance may not go below zero (USSD {section}).",
        "ru": "Пул кредитов ({country}) падает до {after} кредитов на {day} (было {before}): "
              "баланс не может быть ниже нуля (USSD {section}).",
        "kk": "{country} кредит пулы {day} күні {after} кредитке дейін түседі ({before} еді): "
              "қалдық нөлден төмен бола алмайды (USSD {section}).",
    },
    "preview.overdraw.hours": {
        "en": "The {country} hours pool falls to {after} hours on {day} (from {before}): "
              "a balance may not go below zero (USSD {section}).",
        "ru": "Пул часов ({country}) падает до {after} ч на {day} (было {before}): "
              "баланс не может быть ниже нуля (USSD {section}).",
        "kk": "{country} сағат пулы {day} күні {after} сағатқа дейін түседі ({before} еді): "
              "қалдық нөлден төмен бола алмайды (USSD {section}).",
    },
}
