<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Words of Qt's own standard buttons (file dialogs, message boxes, button boxes) where Qt's
     qtbase_kk translation differs from the project's glossary: it says "Бас тарту" for a
     generic Cancel, a word the glossary keeps for cancelling a delivery. Loaded after
     qtbase_kk (app/ui/i18n.py), so these win. Written by hand; compiled by update.sh. -->
<TS version="2.1" language="kk_KZ">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Болдырмау</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
</TS>
