<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>flexor::routine::GuidePlayer</name>
    <message numerus="yes">
        <source>Hold for %n seconds.</source>
        <translation>
            <numerusform>Hold for %n second.</numerusform>
            <numerusform>Hold for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexor::service</name>
    <message numerus="yes">
        <source>A %n-second psoas stretch?</source>
        <translation>
            <numerusform>A %n-second psoas stretch?</numerusform>
            <numerusform>A %n-second psoas stretch?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %n-minute psoas stretch?</source>
        <translation>
            <numerusform>A %n-minute psoas stretch?</numerusform>
            <numerusform>A %n-minute psoas stretch?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sitting for %1, snoozed %n time(s). %2</source>
        <translation>
            <numerusform>Sitting for %1, snoozed %n time. %2</numerusform>
            <numerusform>Sitting for %1, snoozed %n times. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexor::ui</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexor::ui::SittingChart</name>
    <message numerus="yes">
        <source>%n bar(s) over %1 days; %2 of sitting in all</source>
        <translation>
            <numerusform>%n bar over %1 days; %2 of sitting in all</numerusform>
            <numerusform>%n bars over %1 days; %2 of sitting in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 sitting, %n break(s)</source>
        <translation>
            <numerusform>%1: %2 sitting, %n break</numerusform>
            <numerusform>%1: %2 sitting, %n breaks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flexor::ui::TrayIcon</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
