updates-downloading = バージョン { $version } をダウンロード中…
updates-progress = { $percent }%
updates-installing = バージョン { $version } をインストール中です。完了すると UlazAI Studio が再起動します。
updates-ready = バージョン { $version } の準備ができました。
updates-whats-new = 新機能
updates-install = インストールして再起動
updates-later = 後で
updates-newest = UlazAI Studio { $version } は最新バージョンです
