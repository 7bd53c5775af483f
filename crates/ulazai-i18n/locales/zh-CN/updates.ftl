updates-downloading = 正在下载版本 { $version }…
updates-progress = { $percent }%
updates-installing = 正在安装版本 { $version }；完成后 UlazAI Studio 会重新启动。
updates-ready = 版本 { $version } 已就绪。
updates-whats-new = 新功能
updates-install = 安装并重启
updates-later = 稍后
updates-newest = UlazAI Studio { $version } 已是最新版本
